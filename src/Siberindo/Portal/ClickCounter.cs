using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Portal;

/// <summary>
/// Counts readers sent to members' sites. Clicks are summed in memory and written every few seconds, so a traffic
/// spike costs one UPDATE per article per flush instead of one per click.
/// </summary>
public sealed class ClickCounter(IServiceScopeFactory scopes, ILogger<ClickCounter> logger) : BackgroundService
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(5);
    private ConcurrentDictionary<long, int> _pending = new();

    public void Count(long articleId) => _pending.AddOrUpdate(articleId, 1, (_, n) => n + 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) { }
        await FlushAsync(CancellationToken.None);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.IsEmpty) return;
        var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<long, int>());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            foreach (var (id, clicks) in batch)
                await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Clicks, a => a.Clicks + clicks), ct);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not store {Count} articles' clicks; they are kept for the next flush", batch.Count);
            foreach (var (id, clicks) in batch) _pending.AddOrUpdate(id, clicks, (_, n) => n + clicks);
        }
    }
}
