using System.Text;
using Siberindo.Core.Feeds.Html;

namespace Siberindo.Articles;

/// <summary>Plain-text extracts of an article for cards: from the feed's summary HTML, else from the body text.</summary>
public static class Excerpts
{
    public const int MaxLength = 280;
    public static string? From(string? summaryHtml, string? body)
    {
        var text = !string.IsNullOrWhiteSpace(summaryHtml) ? TextOf(summaryHtml) : body;
        return string.IsNullOrWhiteSpace(text) ? null : Shorten(Collapse(text), MaxLength);
    }

    // The same HTML-to-text as article bodies (a parser per call: AngleSharp parsers are not shared across threads).
    private static string TextOf(string html) =>
        html.Contains('<') || html.Contains('&') ? HtmlText.FromHtml(html) ?? "" : html;

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxLength * 2));
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
            if (sb.Length > MaxLength * 2) break;
        }
        return sb.ToString();
    }

    /// <summary>Cuts at a word boundary and marks the cut.</summary>
    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', '.', ';', ':') + "…";
    }
}
