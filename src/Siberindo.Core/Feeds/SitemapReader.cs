namespace Siberindo.Core.Feeds;

/// <summary>Sitemaps, Google News sitemaps and sitemap indexes.</summary>
internal static class SitemapReader
{
    public static ParsedFeed? Read(XmlElementNode root, FeedReadContext context) => null;
}
