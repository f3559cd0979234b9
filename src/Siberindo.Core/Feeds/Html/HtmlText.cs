using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Siberindo.Core.Text;

namespace Siberindo.Core.Feeds.Html;

/// <summary>
/// Plain text of an article's HTML for <c>Article.Body</c>: one paragraph per block element, separated by a blank
/// line, whitespace inside a paragraph collapsed, scripts and styles dropped.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "iframe", "svg", "head"];

    public static string? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument("<body>" + html + "</body>");
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body!, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName))
            {
                // The elements that separate the words of a title are the ones that end a paragraph of a body.
                bool block = PlainText.SeparatesWords(element.LocalName);
                if (block)
                {
                    Flush(current, paragraphs);
                }
                Walk(element, current, paragraphs);
                if (block)
                {
                    Flush(current, paragraphs);
                }
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }
        string text = PlainText.CollapseWhitespace(current.ToString()); // no-break spaces and the ends included
        current.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }
}
