using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Portal;

/// <summary>
/// Evicts cached portal pages when articles change, at most once per <see cref="Interval"/>. A busy crawl stores
/// batches many times a second; evicting on each would keep the hottest pages out of the cache exactly when readers
/// arrive. Coalescing keeps them cached and still shows a new article within about one interval.
/// </summary>
public sealed class PageCacheInvalidator(IOutputCacheStore store, ILogger<PageCacheInvalidator> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private int _pending;

    /// <summary>Evicts one story's page at once (a story changes far less often than the lists).</summary>
    public ValueTask StoryChangedAsync(long storyId, CancellationToken ct = default) =>
        store.EvictByTagAsync(Stories.StoryPages.Tag(storyId), ct);

    /// <summary>Marks article lists stale; the eviction follows within <see cref="Interval"/>.</summary>
    public void ArticlesChanged() => Interlocked.Exchange(ref _pending, 2);

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
        var pending = Volatile.Read(ref _pending);
        if (pending == 0 || Interlocked.CompareExchange(ref _pending, pending - 1, pending) != pending) return;
        try
        {
            await store.EvictByTagAsync(PortalExtensions.ArticlesTag, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Redis away for a moment: try again on the next tick rather than lose the eviction.
            Interlocked.CompareExchange(ref _pending, 1, 0);
            logger.LogWarning(e, "Could not evict cached pages; retrying");
        }
    }
}
