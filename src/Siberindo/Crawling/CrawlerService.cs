using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Storage;

namespace Siberindo.Crawling;

/// <summary>
/// Polls due feeds continuously. A dispatcher hands due feed ids to a fixed number of workers through a channel,
/// so one slow or hanging member server occupies one worker until its timeout and never holds up the others.
/// </summary>
public sealed class CrawlerService(
    IServiceScopeFactory scopes,
    IOptions<CrawlerOptions> options,
    TimeProvider clock,
    CrawlStatistics statistics,
    DatabaseInfo database,
    ILogger<CrawlerService> logger) : BackgroundService
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(30);
    private readonly CrawlerOptions _options = options.Value;
    private readonly ConcurrentDictionary<int, byte> _inFlight = new();
    /// <summary>This process's name on the feeds it claims.</summary>
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        var queue = Channel.CreateBounded<int>(new BoundedChannelOptions(_options.Concurrency * 2) { SingleWriter = true });
        var workers = Enumerable.Range(0, _options.Concurrency).Select(_ => WorkAsync(queue.Reader, stoppingToken)).ToList();
        try
        {
            await DispatchAsync(queue.Writer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            queue.Writer.TryComplete();
        }
        await Task.WhenAll(workers);
        await ReleaseUnpolledAsync();
    }

    /// <summary>On a clean stop, claimed feeds that were not polled go back at once instead of waiting for expiry.</summary>
    private async Task ReleaseUnpolledAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            await db.Feeds.Where(f => f.LeaseOwner == _owner)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.LeaseOwner, (string?)null).SetProperty(f => f.LeaseExpiresAt, (DateTime?)null));
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not release this worker's feed leases; they expire by themselves");
        }
    }

    private async Task DispatchAsync(ChannelWriter<int> queue, CancellationToken ct)
    {
        var lastReport = (Time: clock.GetUtcNow(), Polls: 0L);
        while (!ct.IsCancellationRequested)
        {
            lastReport = ReportProgress(lastReport);
            List<int> due;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
                var now = clock.GetUtcNow().UtcDateTime;
                // Claim no more than the workers can start soon, so other processes get their share.
                due = await FeedLeases.ClaimDueAsync(db, database.Provider, _owner, now, now + _options.LeaseDuration,
                    Math.Max(1, _options.Concurrency * 2 - _inFlight.Count), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not read due feeds; retrying");
                await Task.Delay(IdleWait, ct);
                continue;
            }

            var dispatched = 0;
            foreach (var id in due)
            {
                if (!_inFlight.TryAdd(id, 0)) continue;
                await queue.WriteAsync(id, ct);
                dispatched++;
            }
            if (dispatched == 0) await Task.Delay(IdleWait, ct);
        }
    }

    /// <summary>A log line every half minute while feeds are being polled, so the first crawl of a large registry shows progress.</summary>
    private (DateTimeOffset Time, long Polls) ReportProgress((DateTimeOffset Time, long Polls) last)
    {
        var now = clock.GetUtcNow();
        if (now - last.Time < ProgressEvery || statistics.Polls == last.Polls) return last;
        logger.LogInformation("Crawl: {Polls} polls since start ({Recent} in the last {Seconds:0} s), {Failures} failed, {Articles} new articles",
            statistics.Polls, statistics.Polls - last.Polls, (now - last.Time).TotalSeconds, statistics.Failures, statistics.NewArticles);
        return (now, statistics.Polls);
    }

    private async Task WorkAsync(ChannelReader<int> queue, CancellationToken ct)
    {
        await foreach (var feedId in queue.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (ct.IsCancellationRequested) continue;
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feedId, ct);
                statistics.Record(report);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
            catch (Exception e)
            {
                // A bug must not stop the crawl: the feed keeps its schedule and the error is logged.
                logger.LogError(e, "Polling feed {FeedId} failed unexpectedly", feedId);
            }
            finally
            {
                _inFlight.TryRemove(feedId, out _);
            }
        }
    }
}
