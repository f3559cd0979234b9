using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Portal;

/// <summary>
/// Wraps the output-cache store (memory or Redis) so that a page is refilled by one reader while the others are served
/// its last copy. While the crawler ingests, the lists are evicted about once a second (<see cref="Hosting.CoalescedEviction"/>);
/// without this every reader arriving during the refill waits for it (the cache's lock), which is what lifts the
/// tail latency of a busy home page. It is the stale-while-revalidate that public pages promise CDNs in
/// Cache-Control, kept inside the process: a copy is served only while a refill that started less than
/// <see cref="RefillTimeout"/> ago is under way, so no reader sees content older than one refill, and a request that
/// finds no refill under way always refills, so a reader alone (or a test) always gets the fresh page.
/// </summary>
public sealed class StaleWhileRefillStore : IOutputCacheStore
{
    /// <summary>A refill that has not stored its page by then (an error page, an aborted request) is given up and the
    /// next reader refills.</summary>
    public static readonly TimeSpan RefillTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Copies are kept this long past their entry's lifetime, then dropped.</summary>
    static readonly TimeSpan KeptPastExpiry = TimeSpan.FromMinutes(1);

    /// <summary>Bytes of copies kept at most. With the memory store a copy is the very array the store holds, so it
    /// costs nothing until its entry is evicted; the bound matters for evicted entries and with Redis.</summary>
    public const long MaxCopyBytes = 32 * 1024 * 1024;

    /// <summary>Larger bodies (an export, a big feed) are refilled the usual way.</summary>
    const int MaxCopiedBody = 1024 * 1024;

    readonly IOutputCacheStore _inner;
    readonly TimeProvider _clock;
    readonly ConcurrentDictionary<string, Copy> _copies = new(StringComparer.Ordinal);
    readonly Counter<long> _served;
    long _copyBytes;

    public StaleWhileRefillStore(IOutputCacheStore inner, TimeProvider clock, IMeterFactory meters)
    {
        _inner = inner;
        _clock = clock;
        _served = meters.Create(Hosting.Observability.MeterName).CreateCounter<long>("siberindo.cache.stale_served",
            description: "Cached pages served from their last copy while one reader refilled them");
    }

    sealed class Copy(byte[] value, long storedAt, long dropAt)
    {
        public readonly byte[] Value = value;
        public readonly long StoredAt = storedAt;
        public readonly long DropAt = dropAt;
        public long RefillStarted; // timestamp of the refill under way; 0 = none
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var value = await _inner.GetAsync(key, cancellationToken);
        if (value is not null || !_copies.TryGetValue(key, out var copy)) return value;
        long now = _clock.GetTimestamp();
        if (now >= copy.DropAt)
        {
            Remove(key, copy);
            return null;
        }
        var started = Interlocked.Read(ref copy.RefillStarted);
        if (started != 0 && _clock.GetElapsedTime(started, now) < RefillTimeout)
        {
            _served.Add(1);
            return copy.Value;
        }
        // No refill under way (or it gave up): this reader refills; those arriving meanwhile get the copy.
        if (Interlocked.CompareExchange(ref copy.RefillStarted, now, started) == started) return null;
        _served.Add(1);
        return copy.Value;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await _inner.SetAsync(key, value, tags, validFor, cancellationToken);
        if (value.Length > MaxCopiedBody)
        {
            if (_copies.TryRemove(key, out var old)) Interlocked.Add(ref _copyBytes, -old.Value.Length);
            return;
        }
        long now = _clock.GetTimestamp();
        var copy = new Copy(value, now, now + (long)((validFor + KeptPastExpiry).TotalSeconds * _clock.TimestampFrequency));
        long added;
        while (true)
        {
            if (_copies.TryGetValue(key, out var old))
            {
                if (!_copies.TryUpdate(key, copy, old)) continue;
                added = value.Length - old.Value.Length;
            }
            else if (_copies.TryAdd(key, copy)) added = value.Length;
            else continue;
            break;
        }
        if (Interlocked.Add(ref _copyBytes, added) > MaxCopyBytes) Trim(now);
    }

    /// <summary>Evicts from the store; the copies stay, to be served while the evicted pages refill.</summary>
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => _inner.EvictByTagAsync(tag, cancellationToken);

    /// <summary>Drops copies past their time, then the oldest stored, until the copies fit in three quarters of the
    /// bound (so a full cache does not trim on every store).</summary>
    void Trim(long now)
    {
        foreach (var (key, copy) in _copies)
            if (now >= copy.DropAt) Remove(key, copy);
        if (Interlocked.Read(ref _copyBytes) <= MaxCopyBytes * 3 / 4) return;
        foreach (var (key, copy) in _copies.OrderBy(kv => kv.Value.StoredAt).ToList())
        {
            if (Interlocked.Read(ref _copyBytes) <= MaxCopyBytes * 3 / 4) break;
            Remove(key, copy);
        }
    }

    void Remove(string key, Copy copy)
    {
        if (_copies.TryRemove(new KeyValuePair<string, Copy>(key, copy))) Interlocked.Add(ref _copyBytes, -copy.Value.Length);
    }

    /// <summary>The wrapped store (memory, or Redis when nodes share the cache).</summary>
    public IOutputCacheStore Inner => _inner;

    /// <summary>Bytes of copies held, for tests and diagnostics.</summary>
    public long CopyBytes => Interlocked.Read(ref _copyBytes);

    /// <summary>Replaces the registered <see cref="IOutputCacheStore"/> (memory, or Redis when configured) with this
    /// wrapper around it. Call after every store registration.</summary>
    public static void Wrap(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
                         ?? throw new InvalidOperationException("No output-cache store is registered.");
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(sp => new StaleWhileRefillStore(Create(sp, registered),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IMeterFactory>()));
    }

    static IOutputCacheStore Create(IServiceProvider sp, ServiceDescriptor registered) =>
        (IOutputCacheStore)(registered.ImplementationInstance
                            ?? registered.ImplementationFactory?.Invoke(sp)
                            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
}
