using Siberindo.Core.Feeds.Html;

namespace Siberindo.Core.Text;

/// <summary>
/// All the plain text known of an article, the one reading that the story index, the search index, its snippets and
/// the claim and release matchers share: the body when known, else the feed summary's text with its paragraphs kept.
/// And its excerpt, the short reading that cards show.
/// </summary>
public static class ArticleText
{
    /// <summary>Characters of an excerpt at most, the ellipsis included; the column holds more (ArticleLengths.Excerpt).</summary>
    public const int ExcerptLength = 280;

    // Paragraph boundaries matter: shingles never cross them, and HtmlText keeps one paragraph per block element.
    public static string Full(string? body, string? summaryHtml) =>
        !string.IsNullOrWhiteSpace(body) ? body : HtmlText.FromHtml(summaryHtml) ?? "";

    /// <summary>
    /// One line for a card: the text of the feed's summary when it has some (the outlet's own teaser), else the start
    /// of the body; whitespace collapsed, cut at a word. Null when neither has text.
    /// </summary>
    public static string? Excerpt(string? body, string? summaryHtml)
    {
        // A summary of markup alone (an image, an empty paragraph) has no text: the body speaks instead.
        var text = TextOf(summaryHtml) is { Length: > 0 } summary ? summary : body;
        return string.IsNullOrWhiteSpace(text) ? null : PlainText.Shorten(PlainText.CollapseWhitespace(text, stopAfter: ExcerptLength * 2), ExcerptLength);
    }

    // A summary is often plain text already: only markup or an entity is worth a parser (one per call: AngleSharp
    // parsers are not shared across threads).
    private static string? TextOf(string? html) =>
        string.IsNullOrWhiteSpace(html) ? null : html.Contains('<') || html.Contains('&') ? HtmlText.FromHtml(html) : html;
}
