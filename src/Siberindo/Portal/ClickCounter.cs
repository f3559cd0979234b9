using System.Collections.Concurrent;
using Siberindo.Storage;
using Siberindo.Traffic;

namespace Siberindo.Portal;

/// <summary>
/// Counts readers sent to members' sites. Clicks are summed in memory per article and day and written every few
/// seconds, so a traffic spike costs one article update and one day upsert per article per flush instead of one per
/// click. The day is the reader's (WIB) when the click arrives, so a flush across midnight splits correctly.
/// </summary>
public sealed class ClickCounter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ClickCounter> logger) : BackgroundService
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(5);
    private ConcurrentDictionary<(long ArticleId, DateOnly Day), int> _pending = new();

    public void Count(long articleId) => _pending.AddOrUpdate((articleId, ArticleClickDay.DayOf(clock.GetUtcNow())), 1, (_, n) => n + 1);

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
        var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<(long, DateOnly), int>());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            // One transaction: an article's total and its days never disagree, and a failed flush stores nothing twice.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var ((id, day), clicks) in batch) await ClickLedger.AddAsync(db, id, day, clicks, ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not store {Count} articles' clicks; they are kept for the next flush", batch.Count);
            foreach (var (key, clicks) in batch) _pending.AddOrUpdate(key, clicks, (_, n) => n + clicks);
        }
    }
}
