using System.Diagnostics;

namespace Siberindo.Hosting;

/// <summary>
/// Gives the C allocator's free pages back to the system once a minute. glibc returns memory only from the top of
/// each arena and raises its mmap threshold after the first large free, so the multi-megabyte states of Brotli and
/// zlib encoders, allocated on whichever thread-pool thread compresses, stay resident in up to 16 arenas (8 per core)
/// for the life of the process. <c>malloc_trim</c> releases the whole free pages inside every arena (the chunks stay
/// on the allocator's free lists, so <see cref="NativeHeap.Free"/> does not drop; RSS does). A trim takes a few
/// milliseconds; without it the soak's RSS kept climbing while the bytes in use stayed flat.
/// </summary>
public sealed class NativeHeapTrimmer(ILogger<NativeHeapTrimmer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!NativeHeap.IsAvailable) return;
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Trim();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>Trims every arena; returns the resident bytes the process gave back.</summary>
    public long Trim()
    {
        var before = Environment.WorkingSet;
        var watch = Stopwatch.StartNew();
        NativeHeap.Trim();
        var released = Math.Max(0, before - Environment.WorkingSet);
        logger.LogDebug("Native heap trimmed in {Elapsed} ms: {Released} MB resident given back", watch.ElapsedMilliseconds, released >> 20);
        return released;
    }
}
