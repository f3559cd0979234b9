using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Releases;

/// <summary>
/// Keeps cached release pages true to the embargo. It knows the embargo instants of released items (reloaded every
/// few seconds and at once when this node schedules one) and gives every cached release page the latest instant
/// already passed as part of its cache key (<see cref="EmbargoCachePolicy"/>): the moment the clock passes an
/// instant, every page cached before it is a different entry, so nothing cached early can show the release late,
/// and nothing can show it early because a page is only ever filled through the embargo filter. When an instant
/// passes it also evicts the "rilis" tag (other nodes on Redis drop their copies too) and wakes the delivery stage.
/// </summary>
public sealed class EmbargoWatch(IServiceScopeFactory scopes, IOutputCacheStore store, TimeProvider clock, ILogger<EmbargoWatch> logger) : BackgroundService
{
    public const string Tag = "rilis";
    static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250), Reload = TimeSpan.FromSeconds(10), Lookback = TimeSpan.FromDays(2);
    DateTime[] _instants = [];
    int _reload = 1, _evict;
    DateTime _lastEpoch = DateTime.MinValue, _loadedAt = DateTime.MinValue;

    /// <summary>Raised (on the watch's thread) when an embargo instant has passed.</summary>
    public event Action? Lifted;

    /// <summary>The latest known embargo instant at or before <paramref name="now"/>: a cached release page's key part.</summary>
    public DateTime Epoch(DateTime now)
    {
        var instants = Volatile.Read(ref _instants);
        var i = Array.BinarySearch(instants, now);
        if (i < 0) i = ~i - 1;
        return i >= 0 ? instants[i] : DateTime.MinValue;
    }

    /// <summary>The next known embargo instant after <paramref name="now"/>, if any.</summary>
    public DateTime? Next(DateTime now)
    {
        var instants = Volatile.Read(ref _instants);
        var i = Array.BinarySearch(instants, now);
        i = i < 0 ? ~i : i + 1;
        return i < instants.Length ? instants[i] : null;
    }

    /// <summary>A release was scheduled, rescheduled or withdrawn on this node: reload the instants now.</summary>
    public void EmbargoesChanged() => Interlocked.Exchange(ref _reload, 1);

    /// <summary>A visible release changed (correction, withdrawal, new pickups): evict cached release pages on the next tick.</summary>
    public void PagesChanged() => Interlocked.Exchange(ref _evict, 1);

    /// <summary>Reloads the instants and looks at the clock once (tests and the loop).</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (Interlocked.Exchange(ref _reload, 0) == 1 || now - _loadedAt > Reload || now < _loadedAt) await LoadAsync(now, ct);
        var epoch = Epoch(now);
        // Also true when a reload learns of an instant already passed (a release sent out at once).
        var lifted = epoch != _lastEpoch;
        _lastEpoch = epoch;
        if (lifted || Interlocked.Exchange(ref _evict, 0) == 1) await store.EvictByTagAsync(Tag, ct);
        if (lifted) Lifted?.Invoke();
    }

    async Task LoadAsync(DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        var since = now - Lookback;
        var instants = await db.Set<Release>().AsNoTracking()
            .Where(r => r.State != ReleaseState.Draft && r.EmbargoUntil != null && r.EmbargoUntil >= since)
            .Select(r => r.EmbargoUntil!.Value).Distinct().ToListAsync(ct);
        instants.Sort();
        Volatile.Write(ref _instants, instants.ToArray());
        _loadedAt = now;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await CheckAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e) { logger.LogWarning(e, "Embargo watch could not check the embargo instants; retrying"); }
            try { await Task.Delay(Tick, stoppingToken); } catch (OperationCanceledException) { break; }
        }
    }
}

/// <summary>
/// The output-cache policy of release pages and feeds: cached per query as list pages are, keyed by the embargo epoch
/// (<see cref="EmbargoWatch.Epoch"/>), and never kept past the next known embargo instant.
/// </summary>
public sealed class EmbargoCachePolicy(EmbargoWatch watch, TimeProvider clock) : IOutputCachePolicy
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        context.CacheVaryByRules.VaryByValues["embargo"] = watch.Epoch(now).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lifetime = watch.Next(now) is { } next && next - now < Lifetime ? next - now : Lifetime;
        context.ResponseExpirationTimeSpan = lifetime > TimeSpan.FromSeconds(1) ? lifetime : TimeSpan.FromSeconds(1);
        context.Tags.Add(EmbargoWatch.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
}
