namespace Siberindo.Hosting;

/// <summary>Runs a <see cref="IPipelineStage"/> when ingest wakes it, and every poll interval in case another process
/// stored articles or the lease holder died.</summary>
internal sealed class PipelineWorker<TStage>(TStage stage, TimeProvider clock, ILogger<PipelineWorker<TStage>> logger) : BackgroundService
    where TStage : IPipelineStage
{
    /// <summary>
    /// Runs start at least this far apart. During a crawl burst ingest wakes the stage many times a second; coalescing
    /// the wakes turns many one-article transactions into a few large batches (less CPU, fewer disk syncs, fewer cache
    /// evictions) at the cost of at most this much delay, well within the portal's few seconds of freshness.
    /// </summary>
    static readonly TimeSpan MinRunInterval = TimeSpan.FromSeconds(1);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Set before ExecuteAsync, which .NET 10 runs on a background thread: imports in this process must not
        // release the lease the worker is about to use.
        stage.WorkerRunning = true;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = clock.GetUtcNow();
            try
            {
                await stage.RunPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The {Stage} stage failed; retrying", stage.Name);
            }
            try
            {
                await stage.WaitForWorkAsync(stage.PollInterval, stoppingToken);
                var since = clock.GetUtcNow() - started;
                if (since < MinRunInterval) await Task.Delay(MinRunInterval - since, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        stage.WorkerRunning = false;
        try { await stage.ReleaseAsync(cancellationToken); }
        catch (Exception e) { logger.LogWarning(e, "Could not release the {Stage} lease", stage.Name); }
    }
}
