using AngleSharp.Html.Parser;

namespace Siberindo.Core.Images;

/// <summary>
/// The picture an article page announces for link previews: OpenGraph's <c>og:image</c> (its https variant first),
/// then Twitter's card image, then the old <c>link rel="image_src"</c>. Only the head is read: the meta tags live
/// there, and the article text after it (often most of the page) need not be parsed a second time.
/// </summary>
public static class PageImage
{
    /// <summary>In order of preference: the property or name, and its value's attribute.</summary>
    private static readonly (string Selector, string Attribute)[] Candidates =
    [
        ("meta[property='og:image:secure_url']", "content"),
        ("meta[property='og:image']", "content"),
        ("meta[property='og:image:url']", "content"),
        ("meta[name='twitter:image']", "content"),
        ("meta[name='twitter:image:src']", "content"),
        ("meta[property='twitter:image']", "content"),
        ("link[rel='image_src']", "href"),
    ];

    /// <summary>The absolute http(s) URL of the page's preview image, or null.</summary>
    public static string? Find(string html, Uri pageUri)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(Head(html));
        var baseUri = pageUri;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(pageUri, baseHref.Trim(), out var declared) && IsHttp(declared))
            baseUri = declared;
        foreach (var (selector, attribute) in Candidates)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (element.GetAttribute(attribute) is { } value && !string.IsNullOrWhiteSpace(value)
                    && Uri.TryCreate(baseUri, value.Trim(), out var url) && IsHttp(url))
                    return url.AbsoluteUri;
            }
        }
        return null;
    }

    /// <summary>The markup up to the end of the head (or the first 64 KB when a page never closes it).</summary>
    private static string Head(string html)
    {
        var end = html.IndexOf("</head", StringComparison.OrdinalIgnoreCase);
        return end >= 0 ? html[..end] : html[..Math.Min(html.Length, 64 * 1024)];
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
