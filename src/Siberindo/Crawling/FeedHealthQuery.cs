using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Crawling;

/// <summary>What the feed-health page shows of an outlet's feeds: the crawler's record, output rate and push state.</summary>
public sealed class FeedHealthQuery(SiberindoDb db, TimeProvider clock)
{
    /// <summary>Articles per day are averaged over this many days.</summary>
    public const int RateDays = 7;

    public async Task<IReadOnlyList<FeedHealthRow>> ForOutletAsync(int outletId, CancellationToken ct)
    {
        var feeds = await db.Feeds.AsNoTracking().Where(f => f.OutletId == outletId).OrderBy(f => f.Id).ToListAsync(ct);
        var ids = feeds.Select(f => f.Id).ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-RateDays);
        var counts = await db.Articles.AsNoTracking().Where(a => a.FeedId != null && ids.Contains(a.FeedId.Value) && a.Fetched >= since)
            .GroupBy(a => a.FeedId!.Value).Select(g => new { FeedId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.FeedId, x => x.Count, ct);
        var totals = await db.Articles.AsNoTracking().Where(a => a.FeedId != null && ids.Contains(a.FeedId.Value))
            .GroupBy(a => a.FeedId!.Value).Select(g => new { FeedId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.FeedId, x => x.Count, ct);
        var subscriptions = await db.Set<WebSubSubscription>().AsNoTracking().Where(s => ids.Contains(s.FeedId)).ToDictionaryAsync(s => s.FeedId, ct);
        return feeds.Select(f => new FeedHealthRow(
            f,
            counts.GetValueOrDefault(f.Id) / (double)RateDays,
            totals.GetValueOrDefault(f.Id),
            f.PollIntervalSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            subscriptions.GetValueOrDefault(f.Id))).ToList();
    }
}

public sealed record FeedHealthRow(Feed Feed, double ArticlesPerDay, int TotalArticles, TimeSpan? Interval, WebSubSubscription? WebSub);
