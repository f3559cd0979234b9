using Microsoft.EntityFrameworkCore;
using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Search;

/// <summary>
/// Indexes what ingest queued (<see cref="SearchQueueEntry"/>) in large batches, off the feed-polling path: analysis
/// runs on every core outside any transaction, then one short transaction writes the index entries and removes the
/// queue entries. Only the holder of the "search" lease indexes, so two worker nodes never write the same entries.
/// </summary>
public sealed class SearchIndexer(IServiceScopeFactory scopes, Notifications notifications, TimeProvider clock, NodeRole role,
    ILogger<SearchIndexer> logger) : LeasedStage(LeaseName, scopes, clock)
{
    public const string LeaseName = "search";
    // Large enough that per-transaction costs vanish, small enough that a batch commits well within a second.
    const int BatchSize = 2000;

    public override TimeSpan PollInterval => TimeSpan.FromSeconds(5);

    /// <summary>Returns once every stored article is searchable (see <see cref="PipelineStages.DrainAsync"/>).</summary>
    public Task IndexAllAsync(TimeSpan timeout, CancellationToken ct = default) => this.DrainAsync(Clock, timeout, ct);

    public override async Task<int?> RunPendingAsync(CancellationToken ct)
    {
        if (!role.RunsWorkers()) return null;
        await Gate.WaitAsync(ct);
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            if (!await Lease.TryTakeAsync(db, Now, ct)) return null;
            var store = scope.ServiceProvider.GetRequiredService<ISearchStore>();
            if (!await store.AcceptsWritesAsync(ct)) return null; // a rebuild runs: queued articles wait for its swap
            var total = 0;
            while (true)
            {
                var queued = await db.Set<SearchQueueEntry>().AsNoTracking().OrderBy(q => q.Id).Take(BatchSize)
                    .Select(q => new { q.Id, q.ArticleId }).ToListAsync(ct);
                if (queued.Count == 0) break;
                var timer = System.Diagnostics.Stopwatch.StartNew();
                var ids = queued.Select(q => q.ArticleId).Distinct().ToList();
                var texts = await ArticleSearchIndex.Sources(db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))).ToListAsync(ct);
                var documents = ArticleSearchIndex.Analyze(texts);
                var analysed = timer.Elapsed;

                await using (var transaction = await db.Database.BeginTransactionAsync(ct))
                {
                    await Lease.RenewOrThrowAsync(db, Now, ct);
                    // A rebuild that began since the check above.
                    if (!await store.WriteAsync(documents, ct)) return null;
                    var entries = queued.Select(q => q.Id).ToList();
                    await db.Set<SearchQueueEntry>().Where(q => entries.Contains(q.Id)).ExecuteDeleteAsync(ct);
                    await transaction.CommitAsync(ct);
                }
                total += queued.Count;
                logger.LogDebug("Indexed {Count} article(s): analysis {AnalysisMs:0} ms, database {DbMs:0} ms",
                    documents.Length, analysed.TotalMilliseconds, (timer.Elapsed - analysed).TotalMilliseconds);
                // Cached search pages may now find more.
                notifications.Publish(new ArticlesChanged());
            }
            return total;
        }
        finally
        {
            Gate.Release();
        }
    }

    public override async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SiberindoDb>().Set<SearchQueueEntry>().CountAsync(ct);
    }
}
