namespace Siberindo.Core.Feeds;

/// <summary>A feed reduced to what the crawler needs, whatever format it came in.</summary>
/// <param name="Format">"rss2.0", "rss0.9x", "rss1.0", "atom1.0", "atom0.3", "jsonfeed1.1", "sitemap", "newssitemap" (or "sitemapindex").</param>
/// <param name="Problems">Plain-English notes on each defect that was recovered from; empty for a clean feed.</param>
public sealed record ParsedFeed(
    string Format,
    string? Title,
    string? Link,
    string? Description,
    string? Language,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Problems,
    IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>The WebSub hub the feed names (<c>&lt;link rel="hub"&gt;</c>), absolute; null when it names none.</summary>
    public string? Hub { get; init; }

    /// <summary>The feed's own URL as it states it (<c>&lt;link rel="self"&gt;</c>): the topic to subscribe to at the hub.</summary>
    public string? Self { get; init; }
}
