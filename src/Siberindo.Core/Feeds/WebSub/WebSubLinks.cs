using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.WebSub;

/// <summary>
/// The WebSub links of a feed: <c>&lt;link rel="hub"&gt;</c> and <c>&lt;link rel="self"&gt;</c>, as Atom writes them
/// and as RSS carries them in the Atom namespace (WordPress, Blogger). Any namespace is accepted, since RSS feeds often
/// forget to declare it.
/// </summary>
internal static class WebSubLinks
{
    public static (string? Hub, string? Self) Find(XmlElementNode parent, Uri? baseUri, FeedReadContext context)
    {
        string? hub = null, self = null;
        foreach (var link in parent.Elements())
        {
            if (link.LocalName != "link")
            {
                continue;
            }
            string? href = link.Attribute("href");
            if (string.IsNullOrWhiteSpace(href))
            {
                continue;
            }
            foreach (var rel in (link.Attribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (rel.Equals("hub", StringComparison.OrdinalIgnoreCase))
                {
                    hub ??= UrlResolver.Resolve(href, baseUri ?? context.Options.BaseUri);
                }
                else if (rel.Equals("self", StringComparison.OrdinalIgnoreCase))
                {
                    self ??= UrlResolver.Resolve(href, baseUri ?? context.Options.BaseUri);
                }
            }
        }
        return (hub, self);
    }
}
