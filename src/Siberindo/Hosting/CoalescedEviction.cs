using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Portal;

/// <summary>
/// Evicts cached portal pages when articles change, and the statistics pages when the association's records change, at
/// most once per <see cref="Interval"/>. A busy crawl stores batches many times a second; evicting on each would keep
/// the hottest pages out of the cache exactly when readers arrive. Coalescing keeps them cached and still shows a new
/// article within about one interval. Each eviction runs on two consecutive ticks, so a page cached from a request that
/// read just before the change committed is evicted too.
/// </summary>
public sealed class PageCacheInvalidator(IOutputCacheStore store, ILogger<PageCacheInvalidator> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Pending _articles = new(PortalExtensions.ArticlesTag), _statistics = new(Statistics.StatisticsEndpoints.CachePolicy);

    /// <summary>A tag to evict on the next ticks: 2 after a change, counted down by each eviction.</summary>
    private sealed class Pending(string tag)
    {
        public readonly string Tag = tag;
        public int Ticks;
    }

    /// <summary>Evicts one story's page at once (a story changes far less often than the lists).</summary>
    public ValueTask StoryChangedAsync(long storyId, CancellationToken ct = default) =>
        store.EvictByTagAsync(Stories.StoryPages.Tag(storyId), ct);

    /// <summary>Marks article lists stale; the eviction follows within <see cref="Interval"/>.</summary>
    public void ArticlesChanged() => Interlocked.Exchange(ref _articles.Ticks, 2);

    /// <summary>Marks the statistics stale (members, verification, boards, programs); evicted within <see cref="Interval"/>.</summary>
    public void StatisticsChanged() => Interlocked.Exchange(ref _statistics.Ticks, 2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await EvictIfPendingAsync(stoppingToken);
        }
        catch (OperationCanceledException) { }
    }

    public async Task EvictIfPendingAsync(CancellationToken ct)
    {
        await EvictIfPendingAsync(_articles, ct);
        await EvictIfPendingAsync(_statistics, ct);
    }

    private async Task EvictIfPendingAsync(Pending pending, CancellationToken ct)
    {
        var now = Volatile.Read(ref pending.Ticks);
        if (now == 0 || Interlocked.CompareExchange(ref pending.Ticks, now - 1, now) != now) return;
        try
        {
            await store.EvictByTagAsync(pending.Tag, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Redis away for a moment: try again on the next tick rather than lose the eviction.
            Interlocked.CompareExchange(ref pending.Ticks, 1, 0);
            logger.LogWarning(e, "Could not evict cached pages; retrying");
        }
    }
}
