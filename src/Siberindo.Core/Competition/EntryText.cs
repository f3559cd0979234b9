using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Xhtml;
using Ganss.Xss;

namespace Siberindo.Core.Competition;

/// <summary>A block of an entry's text as the print layout sees it.</summary>
public enum BlockKind { Paragraph, Heading, Quote, ListItem }

public sealed record TextBlock(BlockKind Kind, string Text);

/// <summary>
/// An entry's rich text. Entrants write in a small subset of HTML (paragraphs, emphasis, headings, quotes, lists):
/// everything else (scripts, styles, links, attributes, images: those come as uploads with captions) is removed on
/// the way in, so what is stored is safe on the portal, valid XHTML in the EPUB after <see cref="ToXhtml"/>, and
/// plain blocks for the PDF. Text without any tag is taken as paragraphs separated by blank lines.
/// </summary>
public static class EntryText
{
    private static readonly HtmlSanitizer Sanitizer = Create();
    private static readonly HtmlParser Parser = new();

    private static HtmlSanitizer Create()
    {
        var s = new HtmlSanitizer();
        s.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "em", "strong", "i", "b", "blockquote", "h2", "h3", "ul", "ol", "li" }) s.AllowedTags.Add(tag);
        s.AllowedAttributes.Clear();
        s.AllowedCssProperties.Clear();
        s.AllowedSchemes.Clear();
        s.KeepChildNodes = true;
        return s;
    }

    public static string Sanitize(string? input)
    {
        var text = (input ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length == 0) return "";
        if (!text.Contains('<'))
            text = string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>") + "</p>"));
        // Elements whose content is not text go whole; the sanitiser keeps the text of every other removed tag.
        var body = Parser.ParseDocument("<body>" + text + "</body>").Body!;
        foreach (var dropped in body.QuerySelectorAll(string.Join(',', Dropped)).ToList()) dropped.Remove();
        return Sanitizer.Sanitize(body.InnerHtml).Trim();
    }

    private static readonly string[] Dropped = ["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select", "title", "head"];

    /// <summary>Sanitised HTML as XHTML (self-closed void elements, escaped text), for an EPUB content document.</summary>
    public static string ToXhtml(string safeHtml)
    {
        var body = Parser.ParseDocument("<body>" + safeHtml + "</body>").Body!;
        return string.Concat(body.ChildNodes.Select(n => n.ToHtml(XhtmlMarkupFormatter.Instance)))
            .Replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "");
    }

    /// <summary>Blocks of plain text; inline emphasis is dropped, loose text becomes a paragraph.</summary>
    public static IReadOnlyList<TextBlock> Blocks(string safeHtml)
    {
        var body = Parser.ParseDocument("<body>" + safeHtml + "</body>").Body!;
        var blocks = new List<TextBlock>();
        var loose = new System.Text.StringBuilder();
        void FlushLoose()
        {
            if (Clean(loose.ToString()) is { Length: > 0 } t) blocks.Add(new TextBlock(BlockKind.Paragraph, t));
            loose.Clear();
        }
        foreach (var node in body.ChildNodes)
        {
            if (node is IElement el && el.LocalName is "p" or "h2" or "h3" or "blockquote" or "ul" or "ol")
            {
                FlushLoose();
                if (el.LocalName is "ul" or "ol")
                {
                    var n = 0;
                    foreach (var li in el.Children.Where(c => c.LocalName == "li"))
                        blocks.Add(new TextBlock(BlockKind.ListItem, (el.LocalName == "ol" ? $"{++n}. " : "• ") + Clean(TextOf(li))));
                    continue;
                }
                var kind = el.LocalName switch { "h2" or "h3" => BlockKind.Heading, "blockquote" => BlockKind.Quote, _ => BlockKind.Paragraph };
                foreach (var part in TextOf(el).Split('\n'))
                    if (Clean(part) is { Length: > 0 } t) blocks.Add(new TextBlock(kind, t));
            }
            else loose.Append(node is IElement e ? TextOf(e) : node.TextContent);
        }
        FlushLoose();
        return blocks;
    }

    public static string PlainText(string safeHtml) => string.Join("\n\n", Blocks(safeHtml).Select(b => b.Text));

    // <br> becomes a line break inside the block; other elements give their text.
    private static string TextOf(INode node) => node switch
    {
        IElement { LocalName: "br" } => "\n",
        IElement e => string.Concat(e.ChildNodes.Select(TextOf)),
        _ => node.TextContent,
    };

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
