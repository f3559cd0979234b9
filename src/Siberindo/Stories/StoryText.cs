using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Siberindo.Stories;

/// <summary>The plain text the story index reads: the body when known, else the feed summary with its paragraphs kept.</summary>
public static partial class StoryText
{
    static readonly HtmlParser Parser = new();

    public static string Of(string? body, string? summaryHtml)
    {
        if (!string.IsNullOrWhiteSpace(body)) return body;
        if (string.IsNullOrWhiteSpace(summaryHtml)) return "";
        // Paragraph boundaries matter: shingles never cross them.
        var marked = BlockEnd().Replace(summaryHtml, "\n\n");
        return Parser.ParseDocument("<body>" + marked).Body?.TextContent.Trim() ?? "";
    }

    [GeneratedRegex(@"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();
}
