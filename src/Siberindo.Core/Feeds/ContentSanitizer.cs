using System.Net;
using Ganss.Xss;

namespace Siberindo.Core.Feeds;

/// <summary>
/// Makes entry HTML safe to show on the portal: no script, style, iframe or event handlers, no javascript: URLs,
/// and relative src/href made absolute so images and links work away from the outlet's site.
/// </summary>
internal static class ContentSanitizer
{
    // Configured once and then only read: HtmlSanitizer is safe to share across threads as long as its settings stay put.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }

    /// <summary>The full sanitiser alone, for the differential test of the fast path.</summary>
    internal static string SanitizeWithLibrary(string html, Uri? baseUri) => Sanitizer.Sanitize(html, baseUri?.AbsoluteUri ?? string.Empty);

    /// <summary>Sanitised HTML, or null when nothing is left.</summary>
    public static string? SanitizeHtml(string? html, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }
        // Most summaries are plain text; when there is nothing HTML could act on, skip the parser entirely.
        if (html.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return FeedText.CollapseWhitespace(html);
        }
        string clean = (SimpleHtmlFastPath.TrySanitize(html, baseUri)
            ?? Sanitizer.Sanitize(html, baseUri?.AbsoluteUri ?? string.Empty)).Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Plain text (Atom type="text", JSON Feed content_text) turned into the equivalent HTML.</summary>
    public static string? TextToHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return WebUtility.HtmlEncode(text.Trim());
    }

    /// <summary>The src of the first image in sanitised HTML, used when an entry names no image of its own.</summary>
    public static string? FirstImageSource(string? html)
    {
        if (html is null)
        {
            return null;
        }
        int img = html.IndexOf("<img", StringComparison.OrdinalIgnoreCase);
        if (img < 0)
        {
            return null;
        }
        int end = html.IndexOf('>', img);
        if (end < 0)
        {
            return null;
        }
        var tag = html.AsSpan(img, end - img);
        int src = tag.IndexOf("src=\"", StringComparison.OrdinalIgnoreCase);
        if (src < 0)
        {
            return null;
        }
        var value = tag[(src + 5)..];
        int close = value.IndexOf('"');
        return close <= 0 ? null : WebUtility.HtmlDecode(value[..close].ToString());
    }
}
