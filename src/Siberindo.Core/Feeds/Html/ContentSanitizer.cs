using System.Net;
using Ganss.Xss;
using Siberindo.Core.Text;

namespace Siberindo.Core.Feeds.Html;

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
            return PlainText.CollapseWhitespace(html);
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

    /// <summary>Images declared smaller than this on either side are tracking pixels, icons or emoji, not a lead image.</summary>
    private const int MinLeadImageSide = 64;

    /// <summary>
    /// The src of the first image in sanitised HTML that could be the article's picture, used when an entry names no
    /// image of its own. Images the HTML declares tiny (a counter's 1x1 pixel, a share icon) are passed over.
    /// </summary>
    public static string? FirstImageSource(string? html)
    {
        if (html is null)
        {
            return null;
        }
        for (int img = html.IndexOf("<img", StringComparison.OrdinalIgnoreCase); img >= 0;
             img = html.IndexOf("<img", img + 4, StringComparison.OrdinalIgnoreCase))
        {
            int end = html.IndexOf('>', img);
            if (end < 0)
            {
                return null;
            }
            var tag = html.AsSpan(img, end - img);
            if (DeclaredSide(tag, "width") < MinLeadImageSide || DeclaredSide(tag, "height") < MinLeadImageSide)
            {
                continue;
            }
            if (AttributeValue(tag, "src") is { Length: > 0 } src)
            {
                return WebUtility.HtmlDecode(src.ToString());
            }
        }
        return null;
    }

    /// <summary>A width or height attribute in pixels; int.MaxValue when absent or not a plain number (e.g. "100%").</summary>
    private static int DeclaredSide(ReadOnlySpan<char> tag, string name) =>
        AttributeValue(tag, name) is var value && int.TryParse(value, System.Globalization.NumberStyles.None, null, out int pixels)
            ? pixels
            : int.MaxValue;

    /// <summary>The value of a double-quoted attribute (sanitised HTML always quotes so), or empty.</summary>
    private static ReadOnlySpan<char> AttributeValue(ReadOnlySpan<char> tag, string name)
    {
        for (int at = 0; at < tag.Length;)
        {
            int found = tag[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return [];
            }
            found += at;
            int valueStart = found + name.Length;
            // A whole attribute name: preceded by a space, followed by ="; not "data-src" for "src".
            if (found > 0 && char.IsWhiteSpace(tag[found - 1]) && tag[valueStart..].StartsWith("=\""))
            {
                var value = tag[(valueStart + 2)..];
                int close = value.IndexOf('"');
                return close < 0 ? [] : value[..close];
            }
            at = valueStart;
        }
        return [];
    }
}
