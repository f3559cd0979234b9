using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Hosting;

/// <summary>
/// Evicts a cached pages' tag that a feature marked stale (Portal's article lists, the statistics) at most once per
/// <see cref="Interval"/>. A busy crawl stores batches many times a second; evicting on each would keep the hottest
/// pages out of the cache exactly when readers arrive. Coalescing keeps them cached and still shows a new article
/// within about one interval. Each eviction runs on two consecutive ticks, so a page cached from a request that read
/// just before the change committed is evicted too.
/// </summary>
public sealed class CoalescedEviction(IOutputCacheStore store, ILogger<CoalescedEviction> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    readonly ConcurrentDictionary<string, Pending> _tags = new(StringComparer.Ordinal);

    /// <summary>A tag to evict on the next ticks: 2 after a change, counted down by each eviction.</summary>
    sealed class Pending
    {
        public int Ticks;
    }

    /// <summary>Marks a tag stale; its eviction follows within <see cref="Interval"/>. Cheap and never blocks.</summary>
    public void Mark(string tag) => Interlocked.Exchange(ref _tags.GetOrAdd(tag, _ => new Pending()).Ticks, 2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await EvictIfPendingAsync(stoppingToken);
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>One tick: evicts each tag marked since (or once more after) the last ones.</summary>
    public async Task EvictIfPendingAsync(CancellationToken ct)
    {
        foreach (var (tag, pending) in _tags) await EvictIfPendingAsync(tag, pending, ct);
    }

    async Task EvictIfPendingAsync(string tag, Pending pending, CancellationToken ct)
    {
        var now = Volatile.Read(ref pending.Ticks);
        if (now == 0 || Interlocked.CompareExchange(ref pending.Ticks, now - 1, now) != now) return;
        try
        {
            await store.EvictByTagAsync(tag, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Redis away for a moment: try again on the next tick rather than lose the eviction.
            Interlocked.CompareExchange(ref pending.Ticks, 1, 0);
            logger.LogWarning(e, "Could not evict cached pages tagged {Tag}; retrying", tag);
        }
    }
}
