using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Core.Text;
using Siberindo.Storage;

namespace Siberindo.Search;

/// <summary>
/// Makes index documents from articles (<see cref="Analyze"/>, which the <see cref="SearchIndexer"/> also uses for what
/// ingest queued), and <see cref="RebuildAsync"/> redoes the whole index (after an analyzer change, or to repair it).
/// </summary>
public sealed class ArticleSearchIndex(SiberindoDb db, ISearchStore store)
{
    public const int RebuildBatchSize = 5000;

    /// <summary>Below this many articles analysis runs on the calling thread; above, on every core.</summary>
    private const int ParallelThreshold = 64;

    /// <summary>Rebuilds the index from every stored article: readers see the old index until the new one is complete.</summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var previousTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        try
        {
            return await RebuildWithAsync(progress, ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(previousTimeout);
        }
    }

    private async Task<int> RebuildWithAsync(IProgress<int>? progress, CancellationToken ct)
    {
        await using var rebuild = await store.BeginRebuildAsync(ct);
        // A pipeline: while one batch is written, the next is read and analysed on the other cores.
        var done = 0;
        var batch = await ReadBatchAsync(0, ct);
        var analysis = Task.Run(() => Analyze(batch), ct);
        while (batch.Count > 0)
        {
            var documents = await analysis;
            var next = await ReadBatchAsync(batch[^1].Id, ct);
            analysis = Task.Run(() => Analyze(next), ct);
            await rebuild.WriteAsync(documents, ct);
            done += batch.Count;
            progress?.Report(done);
            batch = next;
        }
        await rebuild.CompleteAsync(ct);
        return done;
    }

    private Task<List<IndexSource>> ReadBatchAsync(long after, CancellationToken ct) =>
        Sources(db.Articles.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(RebuildBatchSize)).ToListAsync(ct);

    /// <summary>What the index needs of each article, and no more (not the whole row).</summary>
    public static IQueryable<IndexSource> Sources(IQueryable<Article> articles) =>
        articles.Select(a => new IndexSource(a.Id, a.Title, a.Summary, a.Body, a.OutletId, a.ProvinceCode, a.Published));

    public Task<int> CountArticlesAsync(CancellationToken ct = default) => db.Articles.CountAsync(ct);

    /// <summary>
    /// The terms stored for one article: its title, and its body (or its summary's text when no body is known); and its
    /// facets.
    /// </summary>
    public static SearchDocument DocumentOf(IndexSource a)
    {
        var analyzer = IndonesianAnalyzer.Default;
        return new SearchDocument(a.Id, analyzer.AnalyzeToString(a.Title), analyzer.AnalyzeToString(ArticleText.Full(a.Body, a.Summary)),
            SearchFacets.ForArticle(a.OutletId, a.ProvinceCode, a.Published), a.Published, a.OutletId, a.ProvinceCode);
    }

    /// <summary>Analyses articles (title, summary, body) into index documents; on every core for large batches.</summary>
    public static SearchDocument[] Analyze(List<IndexSource> articles)
    {
        var documents = new SearchDocument[articles.Count];
        if (articles.Count < ParallelThreshold)
        {
            for (var i = 0; i < articles.Count; i++) documents[i] = DocumentOf(articles[i]);
        }
        else
        {
            Parallel.For(0, articles.Count, i => documents[i] = DocumentOf(articles[i]));
        }
        return documents;
    }
}
