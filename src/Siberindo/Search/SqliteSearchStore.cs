using System.Text;
using Siberindo.Core.Search;
using Siberindo.Storage;
using static Siberindo.Search.SearchSql;
using static Siberindo.Search.SearchTermCounts;

namespace Siberindo.Search;

/// <summary>
/// A contentless FTS5 table keyed by article id (rowid): it stores the analysed terms' index only, no text, and ranks
/// with BM25 (title weighted) computed by <see cref="Fts5Bm25"/> from <c>search_terms</c>. The unicode61 tokenizer never
/// splits or folds our terms further. A third column holds the article's facet tokens (<see cref="SearchFacets"/>).
/// </summary>
internal sealed class SqliteSearchStore(SiberindoDb db, ILogger<SqliteSearchStore> logger) : ISearchStore
{
    private static readonly string Recency =
        $"(1 + {Number(SearchRanking.RecencyBoost)} * {Number(SearchRanking.RecencyDays)} / " +
        $"({Number(SearchRanking.RecencyDays)} + max(0, julianday('now') - julianday(a.\"Published\"))))";

    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        if (await ExistsAsync("article_search", ct) && !await HasFacetsAsync(ct)) await DropIndexWithoutFacetsAsync(ct);
        await using (var command = await CommandAsync(db, """
            CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
                title, body, facets, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
            CREATE TRIGGER IF NOT EXISTS article_search_delete AFTER DELETE ON "Articles"
            BEGIN DELETE FROM article_search WHERE rowid = old."Id"; END;
            CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
            """, ct))
        {
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task<bool> ExistsAsync(string name, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, "SELECT count(*) FROM sqlite_master WHERE name = @name", ct);
        command.Add("@name", name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) > 0;
    }

    private async Task<bool> HasFacetsAsync(CancellationToken ct)
    {
        await using var command = await CommandAsync(db, "SELECT count(*) FROM pragma_table_info('article_search') WHERE name = 'facets'", ct);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) > 0;
    }

    // An index made before facets existed cannot gain a column (FTS5 tables cannot be altered): it is dropped and
    // every article queued for the search stage, which indexes them again in the background.
    private async Task DropIndexWithoutFacetsAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using (var command = await CommandAsync(db, $"""
            DROP TABLE IF EXISTS article_search_terms;
            DROP TABLE article_search;
            DROP TABLE IF EXISTS search_terms;
            {RequeueAll}
            """, ct))
        {
            command.CommandTimeout = 0; // one queue entry per stored article: minutes over millions
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        logger.LogWarning("The search index predates facets: it was dropped and every article queued to be indexed again.");
    }

    // The rebuild holds SQLite's one write lock: writers wait for it rather than being refused.
    public Task<bool> AcceptsWritesAsync(CancellationToken ct) => Task.FromResult(true);

    public async Task<bool> WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return true;
        var counting = CountInBackground(documents);
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await InsertAsync(documents, replace: true, ct);
            await AddCountsAsync(await counting, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return true;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private async Task InsertAsync(IReadOnlyList<SearchDocument> documents, bool replace, CancellationToken ct)
    {
        await using var command = await CommandAsync(db,
            $"INSERT {(replace ? "OR REPLACE " : "")}INTO article_search(rowid, title, body, facets) VALUES (@id, @title, @body, @facets)", ct);
        var id = command.Add("@id", 0L);
        var title = command.Add("@title", "");
        var body = command.Add("@body", "");
        var facets = command.Add("@facets", "");
        await command.PrepareAsync(ct);
        foreach (var d in documents)
        {
            id.Value = d.ArticleId;
            title.Value = d.TitleTerms;
            body.Value = d.BodyTerms;
            facets.Value = d.Facets;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task AddCountsAsync(Dictionary<string, long> counts, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, """
            INSERT INTO search_terms (term, documents) VALUES (@term, @count)
            ON CONFLICT (term) DO UPDATE SET documents = documents + excluded.documents
            """, ct);
        var term = command.Add("@term", "");
        var count = command.Add("@count", 0L);
        await command.PrepareAsync(ct);
        foreach (var (key, value) in SearchTermCounts.Ordered(counts))
        {
            term.Value = key;
            count.Value = value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    // FTS5 settings a bulk load changes (stored in the index, so restored after it): a large in-memory buffer before each
    // segment is written, and no merging while loading; 'optimize' then merges every segment once, instead of the
    // incremental merges rewriting each posting several times.
    private const string BulkSettings = """
        INSERT INTO article_search(article_search, rank) VALUES ('hashsize', 67108864);
        INSERT INTO article_search(article_search, rank) VALUES ('automerge', 0);
        INSERT INTO article_search(article_search, rank) VALUES ('crisismerge', 2000);
        """;

    private const string DefaultSettings = """
        INSERT INTO article_search(article_search, rank) VALUES ('hashsize', 1048576);
        INSERT INTO article_search(article_search, rank) VALUES ('automerge', 4);
        INSERT INTO article_search(article_search, rank) VALUES ('crisismerge', 16);
        """;

    // The connection's page cache during a rebuild (256 MB instead of SQLite's 2 MB): the whole rebuild is one
    // transaction, and with a small cache its dirty pages spill to the WAL and are read back while the index grows.
    private const string BulkCache = "PRAGMA cache_size = -262144;";
    private const string DefaultCache = "PRAGMA cache_size = -2000;";

    // A rebuild indexes every article queued when it begins and removes those entries when it completes; entries queued
    // meanwhile stay for the search stage. The rebuild's transaction holds the write lock from its start (BEGIN
    // IMMEDIATE), so every entry up to the newest id read then has committed.
    private const string NewestQueued = "SELECT coalesce(max(\"Id\"), 0) FROM \"SearchQueue\"";
    private const string DeleteQueuedThrough = "DELETE FROM \"SearchQueue\" WHERE \"Id\" <= @queued";

    /// <summary>
    /// The whole rebuild is one write transaction on the context's connection, which also reads the articles: readers
    /// on other connections see the old index until it commits (WAL), and SQLite has one writer anyway.
    /// </summary>
    public async Task<ISearchRebuild> BeginRebuildAsync(CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await using var command = await CommandAsync(db, NewestQueued, ct);
            var queued = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
            command.CommandText = "INSERT INTO article_search(article_search) VALUES ('delete-all'); DELETE FROM search_terms;" + BulkSettings + BulkCache;
            await command.ExecuteNonQueryAsync(ct);
            return new Rebuild(this, db, transaction, queued);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>Plain inserts into the emptied index, no merging until the end; term counts summed in memory, stored once.</summary>
    private sealed class Rebuild(SqliteSearchStore store, SiberindoDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, long queued)
        : ISearchRebuild
    {
        private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

        public async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
        {
            var counting = CountInBackground(documents);
            await store.InsertAsync(documents, replace: false, ct);
            AddTo(_counts, await counting);
        }

        public async Task CompleteAsync(CancellationToken ct)
        {
            await store.AddCountsAsync(_counts, ct);
            // Merges the segments a bulk load leaves behind, so queries read few b-trees.
            await using var command = await CommandAsync(db,
                "INSERT INTO article_search(article_search) VALUES ('optimize');" + DefaultSettings + DefaultCache + DeleteQueuedThrough, ct);
            command.Add("@queued", queued);
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    public async Task<List<RankedArticle>> RankAsync(SearchQuery query, SearchFilters filters, int take, CancellationToken ct)
    {
        if (query.IsEmpty) return [];
        var counts = await CountsAsync(db, [.. query.AllTerms, DocumentsKey, LengthKey], ct);
        var plan = QueryPlan.For(query.Concepts, counts);
        if (plan.IsEmpty) return [];
        var match = plan.ToFts5Match(filters.IsEmpty ? null : await FacetGroupsAsync(db, filters, ct));
        await using var command = await CommandAsync(db, "", ct);
        command.Add("@match", match.Expression);
        command.Add("@take", take);
        command.Add("@scan", QueryPlan.ScanLimit);
        // The newest ScanLimit matches that pass the filters are scored (rowids grow with time; only common-words-only
        // queries have more). Facets in the match leave FTS5 only the rows of a filter's province, outlets and months.
        // "Outlets" is joined only for its own filters.
        var where = FilterClauses(filters, command);
        var outlets = OutletsJoin(filters);
        command.CommandText = $"""
            SELECT id, score FROM (
                SELECT s.rowid AS id, {Bm25(plan, match, counts, command)} * {Recency} AS score
                FROM article_search s
                JOIN "Articles" a ON a."Id" = s.rowid {outlets}
                WHERE s.article_search MATCH @match{where}
                ORDER BY s.rowid DESC LIMIT @scan)
            ORDER BY score DESC, id DESC LIMIT @take
            """;
        return await ReadRankedAsync(command, ct);
    }

    /// <summary>
    /// The scoring call: the average length, then per phrase its weight (0 for phrases that do not score), the slot of
    /// its alternative, its concept and whether the alternative needs all its phrases (<see cref="Fts5Bm25"/>).
    /// </summary>
    private static string Bm25(QueryPlan plan, Fts5Match match, Dictionary<string, long> counts, System.Data.Common.DbCommand command)
    {
        var (documents, averageLength) = Corpus(counts);
        command.Add("@avgdl", averageLength);
        var alternatives = QueryScoring.Alternatives(plan, t => Idf(counts.GetValueOrDefault(t), documents))
            .ToDictionary(a => (a.Concept, a.Index));
        var slots = new Dictionary<(int, int), int>();
        var arguments = new StringBuilder($"{Fts5Bm25.FunctionName}(s.article_search, @avgdl");
        for (var i = 0; i < match.ScoredPhrases.Count; i++)
        {
            var phrase = match.ScoredPhrases[i];
            var (weight, slot, concept, requireAll) = (0.0, -1, -1, false);
            if (phrase is not null)
            {
                var alternative = alternatives[(phrase.Concept, phrase.Alternative)];
                weight = alternative.Terms.First(t => t.Term == phrase.Term).Weight;
                slot = slots.TryGetValue((phrase.Concept, phrase.Alternative), out var known) ? known : slots[(phrase.Concept, phrase.Alternative)] = slots.Count;
                (concept, requireAll) = (phrase.Concept, alternative.RequireAll);
            }
            arguments.Append($", {Parameter(command, $"@w{i}", weight)}, {Parameter(command, $"@s{i}", slot)}, " +
                $"{Parameter(command, $"@c{i}", concept)}, {Parameter(command, $"@r{i}", requireAll ? 1 : 0)}");
        }
        return arguments.Append(')').ToString();
    }

    private static string Parameter(System.Data.Common.DbCommand command, string name, object value) => command.Add(name, value).ParameterName;
}
