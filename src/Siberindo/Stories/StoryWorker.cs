namespace Siberindo.Stories;

/// <summary>Runs the <see cref="StoryAssigner"/> when ingest wakes it, and every poll interval in case another process
/// stored articles or the lease holder died.</summary>
internal sealed class StoryWorker(StoryAssigner assigner, Microsoft.Extensions.Options.IOptions<StoriesOptions> options, ILogger<StoryWorker> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Set before ExecuteAsync, which .NET 10 runs on a background thread: imports in this process must not
        // release the lease the worker is about to use.
        assigner.WorkerRunning = true;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await assigner.AssignPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Story assignment failed; retrying");
            }
            try
            {
                await assigner.WaitForWorkAsync(options.Value.PollInterval, stoppingToken);
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
        assigner.WorkerRunning = false;
        // Hand the lease over at once instead of letting the next process wait for it to expire.
        try { await assigner.ReleaseAsync(cancellationToken); }
        catch (Exception e) { logger.LogWarning(e, "Could not release the stories lease"); }
    }
}
