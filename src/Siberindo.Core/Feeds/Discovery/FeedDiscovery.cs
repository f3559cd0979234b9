using AngleSharp.Html.Parser;

namespace Siberindo.Core.Feeds.Discovery;

/// <summary>
/// Where an outlet's feeds may be, read from what its site publishes: the home page's
/// <c>&lt;link rel="alternate"&gt;</c> tags, the paths common CMSs (WordPress above all) serve feeds at, and the
/// sitemaps robots.txt lists. The fetching and checking is the app's; this only reads documents.
/// </summary>
public static class FeedDiscovery
{
    private static readonly string[] FeedTypes =
    [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/rdf+xml", "application/xml", "text/xml",
    ];

    /// <summary>Paths tried when the home page names no feed: WordPress, Blogger, Joomla, generic CMSs.</summary>
    public static readonly IReadOnlyList<string> CommonPaths =
        ["/feed", "/rss", "/feed/atom", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default", "/?format=feed&type=rss"];

    /// <summary>Feed URLs announced by an HTML page, absolute, in document order, without repeats.</summary>
    public static IReadOnlyList<DiscoveredLink> FromHtml(string html, Uri pageUri)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var baseUri = pageUri;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(pageUri, baseHref, out var declared) && IsHttp(declared))
        {
            baseUri = declared;
        }
        var found = new List<DiscoveredLink>();
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rels = (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!rels.Contains("alternate") && !rels.Contains("feed"))
            {
                continue;
            }
            string type = (link.GetAttribute("type") ?? "").Split(';')[0].Trim().ToLowerInvariant();
            if (!FeedTypes.Contains(type))
            {
                continue;
            }
            if (!Uri.TryCreate(baseUri, link.GetAttribute("href")!.Trim(), out var href) || !IsHttp(href))
            {
                continue;
            }
            string url = href.AbsoluteUri;
            if (found.All(f => f.Url != url))
            {
                found.Add(new DiscoveredLink(url, string.IsNullOrWhiteSpace(link.GetAttribute("title")) ? null : link.GetAttribute("title")!.Trim()));
            }
        }
        return found;
    }

    /// <summary>The sitemap URLs a robots.txt lists ("Sitemap: https://..."), absolute, without repeats.</summary>
    public static IReadOnlyList<string> SitemapsFromRobots(string robots, Uri robotsUri)
    {
        var found = new List<string>();
        foreach (var raw in robots.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("sitemap:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (Uri.TryCreate(robotsUri, line["sitemap:".Length..].Trim(), out var url) && IsHttp(url) && !found.Contains(url.AbsoluteUri))
            {
                found.Add(url.AbsoluteUri);
            }
        }
        return found;
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}

/// <summary>A feed link found on a page, with the title the page gives it.</summary>
public sealed record DiscoveredLink(string Url, string? Title);
