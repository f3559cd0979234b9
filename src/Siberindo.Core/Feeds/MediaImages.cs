using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds;

/// <summary>
/// Finds an entry's lead image among the ways feeds attach one: media:content, media:thumbnail (also inside
/// media:group), an image enclosure, or an Atom enclosure link.
/// </summary>
internal static class MediaImages
{
    public static string? Find(XmlElementNode entry, FeedReadContext context)
    {
        var baseUri = context.BaseFor(entry);
        string? found = FindIn(entry) ?? FindIn(entry.Element("group", FeedNamespaces.Media));
        return found is null ? null : UrlResolver.Resolve(found, baseUri);
    }

    private static string? FindIn(XmlElementNode? parent)
    {
        if (parent is null)
        {
            return null;
        }
        string? thumbnail = null;
        foreach (var child in parent.Elements())
        {
            switch (child.LocalName)
            {
                case "content" when child.NamespaceUri == FeedNamespaces.Media:
                    var url = child.Attribute("url");
                    if (!string.IsNullOrWhiteSpace(url) && IsImage(child.Attribute("medium"), child.Attribute("type"), url))
                    {
                        return url;
                    }
                    thumbnail ??= child.Element("thumbnail", FeedNamespaces.Media)?.Attribute("url");
                    break;
                case "thumbnail" when child.NamespaceUri == FeedNamespaces.Media:
                    thumbnail ??= child.Attribute("url");
                    break;
                case "enclosure" when child.NamespaceUri.Length == 0:
                    var enclosure = child.Attribute("url");
                    if (!string.IsNullOrWhiteSpace(enclosure) && IsImage(null, child.Attribute("type"), enclosure))
                    {
                        thumbnail ??= enclosure;
                    }
                    break;
                case "link" when child.Attribute("rel") == "enclosure":
                    var href = child.Attribute("href");
                    if (!string.IsNullOrWhiteSpace(href) && IsImage(null, child.Attribute("type"), href))
                    {
                        thumbnail ??= href;
                    }
                    break;
                case "image" when child.NamespaceUri == FeedNamespaces.Itunes:
                    thumbnail ??= child.Attribute("href");
                    break;
            }
        }
        return string.IsNullOrWhiteSpace(thumbnail) ? null : thumbnail;
    }

    private static bool IsImage(string? medium, string? type, string url)
    {
        if (medium is not null)
        {
            return medium.Equals("image", StringComparison.OrdinalIgnoreCase);
        }
        if (type is not null)
        {
            return type.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        }
        var path = url.AsSpan();
        int query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }
        return path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
    }
}
