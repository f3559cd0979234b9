using Siberindo.Core.Text;
using Siberindo.Core.Feeds;
using Siberindo.Core.Feeds.Discovery;

namespace Siberindo.Crawling;

/// <summary>
/// Finds an outlet's feeds from its home page: the feeds the page announces, else the paths common CMSs use, plus the
/// sitemaps robots.txt lists. Every candidate is fetched and parsed (through the guarded fetcher) before it is
/// offered, so an admin only ever sees URLs that really are feeds today.
/// </summary>
public sealed class FeedDiscoverer(FeedFetcher fetcher)
{
    private const int MaxCandidates = 12;

    public async Task<DiscoveryResult> DiscoverAsync(Uri site, CancellationToken ct)
    {
        var notes = new List<string>();
        var home = await fetcher.FetchPageAsync(site, ct);
        if (home.Refused) return new DiscoveryResult([], [home.Error!], Refused: true);
        var candidates = new List<(string Url, string Source)>();
        if (home.Outcome == FetchOutcome.Fetched && home.Body is not null)
        {
            // The "home page" given may itself be a feed.
            if (FeedParser.Parse(home.Body, new FeedParseOptions { BaseUri = home.FinalUrl }) is { Feed: { } itself })
                return new DiscoveryResult([Describe(home.FinalUrl.AbsoluteUri, itself, "url")], notes, false);
            candidates.AddRange(FeedDiscovery.FromHtml(PageText.Decode(home.Body), home.FinalUrl).Select(l => (l.Url, "link")));
        }
        else notes.Add($"{site}: {home.Error}");

        var root = new Uri((home.Outcome == FetchOutcome.Fetched ? home.FinalUrl : site).GetLeftPart(UriPartial.Authority));
        var found = await VerifyAsync(candidates, ct);
        if (found.Count == 0)
            found = await VerifyAsync(FeedDiscovery.CommonPaths.Select(p => (new Uri(root, p).AbsoluteUri, "path")).ToList(), ct);

        var robotsUri = new Uri(root, "/robots.txt");
        var robots = await fetcher.FetchPageAsync(robotsUri, ct);
        if (robots.Outcome == FetchOutcome.Fetched && robots.Body is not null)
        {
            var sitemaps = FeedDiscovery.SitemapsFromRobots(PageText.Decode(robots.Body), robots.FinalUrl)
                .Where(s => found.All(f => f.Url != s)).Select(s => (s, "robots.txt")).ToList();
            found.AddRange(await VerifyAsync(sitemaps, ct));
        }
        if (found.Count == 0) notes.Add("Tidak ada feed yang ditemukan (no feed found on the home page, at common paths or in robots.txt).");
        return new DiscoveryResult(found, notes, false);
    }

    /// <summary>Fetches and parses candidates in parallel (the handler's per-host limit keeps it polite); keeps real feeds with entries.</summary>
    private async Task<List<DiscoveredFeed>> VerifyAsync(IReadOnlyList<(string Url, string Source)> candidates, CancellationToken ct)
    {
        var checks = candidates.DistinctBy(c => c.Url).Take(MaxCandidates).Select(async c =>
        {
            if (!Uri.TryCreate(c.Url, UriKind.Absolute, out var url)) return null;
            var result = await fetcher.FetchAsync(url, null, null, ct);
            if (result.Outcome != FetchOutcome.Fetched || result.Body is null) return null;
            var parsed = FeedParser.Parse(result.Body, new FeedParseOptions { BaseUri = result.FinalUrl });
            if (parsed.Feed is not { } feed || feed.Format == "sitemapindex" || feed.Entries.Count == 0) return null;
            return Describe(result.FinalUrl.AbsoluteUri, feed, c.Source);
        });
        var results = await Task.WhenAll(checks);
        return results.OfType<DiscoveredFeed>().DistinctBy(f => f.Url).ToList();
    }

    private static DiscoveredFeed Describe(string url, ParsedFeed feed, string source) =>
        new(url, feed.Format, feed.Title, feed.Entries.Count, source);
}

/// <param name="Source">How it was found: "link" (announced by the page), "path" (a common CMS path), "robots.txt", "url" (given directly).</param>
public sealed record DiscoveredFeed(string Url, string Format, string? Title, int Entries, string Source);

public sealed record DiscoveryResult(IReadOnlyList<DiscoveredFeed> Feeds, IReadOnlyList<string> Notes, bool Refused);
