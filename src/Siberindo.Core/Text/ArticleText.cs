using Siberindo.Core.Feeds.Html;

namespace Siberindo.Core.Text;

/// <summary>
/// All the plain text known of an article, the one reading that the story index, the search index, its snippets and
/// the claim and release matchers share: the body when known, else the feed summary's text with its paragraphs kept.
/// </summary>
public static class ArticleText
{
    // Paragraph boundaries matter: shingles never cross them, and HtmlText keeps one paragraph per block element.
    public static string Full(string? body, string? summaryHtml) =>
        !string.IsNullOrWhiteSpace(body) ? body : HtmlText.FromHtml(summaryHtml) ?? "";
}
