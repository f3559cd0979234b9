namespace Siberindo.Hosting;

/// <summary>Runs a <see cref="IPipelineStage"/> when ingest wakes it, and every poll interval in case another process
/// stored articles or the lease holder died.</summary>
internal sealed class PipelineWorker<TStage>(TStage stage, ILogger<PipelineWorker<TStage>> logger) : BackgroundService
    where TStage : IPipelineStage
{
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
