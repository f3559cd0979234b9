namespace Siberindo.Hosting;

public static class PipelineStages
{
    /// <summary>Wakes a stage's worker; cheap and never blocks, so ingest can call it after every batch.</summary>
    public static void Wake(SemaphoreSlim wake)
    {
        if (wake.CurrentCount == 0) try { wake.Release(); } catch (SemaphoreFullException) { }
    }

    /// <summary>
    /// Returns once the stage has no work left: does it in this process, or waits for the process holding the lease.
    /// Imports use it, so that what they stored is searchable and in stories when they return.
    /// </summary>
    public static async Task DrainAsync(this IPipelineStage stage, TimeProvider clock, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = clock.GetUtcNow() + timeout;
        while (true)
        {
            var done = await stage.RunPendingAsync(ct);
            if (done is not null && !stage.WorkerRunning) await stage.ReleaseAsync(ct);
            if (done is not null || await stage.PendingCountAsync(ct) == 0) return;
            if (clock.GetUtcNow() > deadline)
                throw new TimeoutException($"Work is still waiting for the '{stage.Name}' stage after {timeout}: is the process holding its lease stuck?");
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }
}
