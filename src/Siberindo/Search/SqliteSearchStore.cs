using Siberindo.Core.Search;
using Siberindo.Storage;
using static Siberindo.Search.SearchSql;
using static Siberindo.Search.SearchTermCounts;

namespace Siberindo.Search;

/// <summary>
/// A contentless FTS5 table keyed by article id (rowid): it stores the analysed terms' index only, no text, and ranks
/// with FTS5's BM25 with the title weighted. The unicode61 tokenizer never splits or folds our terms further.
/// </summary>
internal sealed class SqliteSearchStore(SiberindoDb db) : ISearchStore
{
    private static readonly string Recency =
        $"(1 + {Number(SearchRanking.RecencyBoost)} * {Number(SearchRanking.RecencyDays)} / " +
        $"({Number(SearchRanking.RecencyDays)} + max(0, julianday('now') - julianday(a.\"Published\"))))";

    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        await using (var command = await CommandAsync(db, $"""
            CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
                title, body, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
            INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25({Number(SearchRanking.TitleWeight)}, 1.0)');
            CREATE VIRTUAL TABLE IF NOT EXISTS article_search_terms USING fts5vocab(article_search, 'row');
            CREATE TRIGGER IF NOT EXISTS article_search_delete AFTER DELETE ON "Articles"
            BEGIN DELETE FROM article_search WHERE rowid = old."Id"; END;
            """, ct))
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        await using var terms = await CommandAsync(db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_terms'", ct);
        if (Convert.ToInt64(await terms.ExecuteScalarAsync(ct)) == 0) await CreateTermCountsAsync(ct);
    }

    // Indexes made before search_terms existed: counted once from the index itself (FTS5's own vocabulary).
    private async Task CreateTermCountsAsync(CancellationToken ct)
    {
        await using var command = await CommandAsync(db, $"""
            CREATE TABLE search_terms (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO search_terms (term, documents)
            SELECT term, doc FROM article_search_terms;
            INSERT INTO search_terms (term, documents)
            SELECT '{DocumentsKey}', count(*) FROM "Articles"
            UNION ALL SELECT '{LengthKey}', coalesce(sum(cnt), 0) FROM article_search_terms;
            """, ct);
        await command.ExecuteNonQueryAsync(ct);
    }

    // A rebuild writes into an emptied index: plain inserts, no merging until the end (see BeginRebuildAsync), and the
    // term counts are summed in memory and stored once.
    private Dictionary<string, long>? _rebuildCounts;

    public async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return;
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await using (var command = await CommandAsync(db,
                $"INSERT {(_rebuildCounts is null ? "OR REPLACE " : "")}INTO article_search(rowid, title, body) VALUES (@id, @title, @body)", ct))
            {
                var id = command.Add("@id", 0L);
                var title = command.Add("@title", "");
                var body = command.Add("@body", "");
                await command.PrepareAsync(ct);
                foreach (var d in documents)
                {
                    id.Value = d.ArticleId;
                    title.Value = d.TitleTerms;
                    body.Value = d.BodyTerms;
                    await command.ExecuteNonQueryAsync(ct);
                }
            }
            var counts = _rebuildCounts ?? new Dictionary<string, long>(StringComparer.Ordinal);
            SearchTermCounts.Count(documents, counts);
            if (_rebuildCounts is null) await AddCountsAsync(counts, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
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

    public async Task BeginRebuildAsync(CancellationToken ct)
    {
        await using var command = await CommandAsync(db,
            "INSERT INTO article_search(article_search) VALUES ('delete-all'); DELETE FROM search_terms;" + BulkSettings, ct);
        await command.ExecuteNonQueryAsync(ct);
        _rebuildCounts = new Dictionary<string, long>(StringComparer.Ordinal);
    }

    public async Task EndRebuildAsync(CancellationToken ct)
    {
        if (_rebuildCounts is { } counts)
        {
            _rebuildCounts = null;
            await AddCountsAsync(counts, ct);
        }
        // Merges the segments a bulk load leaves behind, so queries read few b-trees.
        await using var command = await CommandAsync(db, "INSERT INTO article_search(article_search) VALUES ('optimize');" + DefaultSettings, ct);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<RankedArticle>> RankAsync(SearchQuery query, SearchFilters filters, int take, CancellationToken ct)
    {
        if (query.IsEmpty) return [];
        var plan = QueryPlan.For(query.Terms, await DocumentFrequenciesAsync(query.Terms, ct));
        if (plan.IsEmpty) return [];
        await using var command = await CommandAsync(db, "", ct);
        command.Add("@match", plan.ToFts5Match());
        command.Add("@take", take);
        command.Add("@scan", QueryPlan.ScanLimit);
        if (filters.IsEmpty)
        {
            // Without filters the best text matches come straight from FTS5; only those are joined. At most ScanLimit
            // matches are scored (the newest: rowids grow with time), which only common-words-only queries reach.
            command.Add("@window", Math.Max(take, SearchRanking.CandidateWindow));
            command.CommandText = $"""
                SELECT s.rowid, -s.rank * {Recency} AS score
                FROM (SELECT rowid, rank FROM (
                        SELECT rowid, rank FROM article_search WHERE article_search MATCH @match ORDER BY rowid DESC LIMIT @scan)
                    ORDER BY rank LIMIT @window) AS s
                JOIN "Articles" a ON a."Id" = s.rowid
                ORDER BY score DESC, s.rowid DESC LIMIT @take
                """;
        }
        else
        {
            // The same bound with filters: the newest ScanLimit matches that pass them are scored.
            var where = FilterClauses(filters, command);
            command.CommandText = $"""
                SELECT id, score FROM (
                    SELECT s.rowid AS id, -s.rank * {Recency} AS score
                    FROM article_search s
                    JOIN "Articles" a ON a."Id" = s.rowid
                    JOIN "Outlets" o ON o."Id" = a."OutletId"
                    WHERE s.article_search MATCH @match{where}
                    ORDER BY s.rowid DESC LIMIT @scan)
                ORDER BY score DESC, id DESC LIMIT @take
                """;
        }
        return await ReadRankedAsync(command, ct);
    }

    private async Task<Dictionary<string, long>> DocumentFrequenciesAsync(IReadOnlyList<string> terms, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, "", ct);
        command.CommandText = "SELECT term, documents FROM search_terms WHERE term IN (" +
            string.Join(", ", terms.Select((t, i) => command.Add($"@t{i}", t).ParameterName)) + ")";
        var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) frequencies[reader.GetString(0)] = reader.GetInt64(1);
        return frequencies;
    }
}
