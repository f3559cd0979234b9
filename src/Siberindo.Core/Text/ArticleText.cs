using Siberindo.Core.Feeds;

namespace Siberindo.Stories;

/// <summary>The plain text the story index reads: the body when known, else the feed summary with its paragraphs kept.</summary>
public static class StoryText
{
    // Paragraph boundaries matter: shingles never cross them, and HtmlText keeps one paragraph per block element.
    public static string Of(string? body, string? summaryHtml) =>
        !string.IsNullOrWhiteSpace(body) ? body : HtmlText.FromHtml(summaryHtml) ?? "";
}
