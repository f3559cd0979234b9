using System.Text;
using Siberindo.Core.Search;
using Siberindo.Storage;
using static Siberindo.Search.SearchSql;
using static Siberindo.Search.SearchTermCounts;

namespace Siberindo.Search;

/// <summary>
/// A table of tsvectors of the analysed terms, as the <c>simple</c> configuration would build them (so PostgreSQL neither
/// stems nor drops anything again; see <see cref="PostgresTsVector"/>): title terms weighted A, body terms B, a GIN index. Ranked by BM25 like SQLite's
/// FTS5: PostgreSQL has no document frequencies, so <c>search_terms</c> keeps them (and the corpus size and length),
/// and per query term <c>ts_rank_cd</c> with weights {A 1, B 0.5} gives the title-weighted term frequency.
/// The article's date, outlet and province are kept beside its terms, so ranking and filters by them never read the
/// wide articles table (they never change once an article is stored).
/// </summary>
internal sealed class PostgresSearchStore(SiberindoDb db) : ISearchStore
{
    private const string IndexSql = "CREATE INDEX IF NOT EXISTS ix_article_search_document ON article_search USING gin (document)";
    private const double K1 = 1.2, B = 0.75;

    // ts_rank_cd weights are {D, C, B, A}; one query term gives the sum of its occurrences' weights.
    private static readonly string Weights = $"'{{0, 0, {Number(1 / SearchRanking.TitleWeight)}, 1}}'";

    private static readonly string Recency =
        $"(1 + {Number(SearchRanking.RecencyBoost)} * {Number(SearchRanking.RecencyDays)} / " +
        $"({Number(SearchRanking.RecencyDays)} + greatest(0, extract(epoch from now() - a.published) / 86400)))";

    private static readonly ArticleColumns SearchColumns = new("a.published", "a.outlet_id", "a.province_code");

    private Dictionary<string, long>? _rebuildCounts;

    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        await using var command = await CommandAsync(db, $"""
            CREATE TABLE IF NOT EXISTS article_search (
                article_id bigint PRIMARY KEY REFERENCES "Articles"("Id") ON DELETE CASCADE,
                length integer NOT NULL,
                document tsvector NOT NULL,
                published timestamptz NOT NULL,
                outlet_id integer NOT NULL,
                province_code text);
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM information_schema.columns WHERE table_name = 'article_search' AND column_name = 'published'
                        AND table_schema = current_schema()) THEN
                    ALTER TABLE article_search ADD COLUMN published timestamptz, ADD COLUMN outlet_id integer, ADD COLUMN province_code text;
                    UPDATE article_search s SET published = a."Published", outlet_id = a."OutletId", province_code = a."ProvinceCode"
                    FROM "Articles" a WHERE a."Id" = s.article_id;
                    ALTER TABLE article_search ALTER COLUMN published SET NOT NULL, ALTER COLUMN outlet_id SET NOT NULL;
                END IF;
            END $$;
            {IndexSql};
            -- Keeps documents inline and uncompressed up to a page: ranking reads each candidate's tsvector once per
            -- term, and a compressed or out-of-line one would be decompressed or fetched every time.
            ALTER TABLE article_search SET (toast_tuple_target = 8160);
            CREATE TABLE IF NOT EXISTS search_terms (term text PRIMARY KEY, documents bigint NOT NULL);
            """, ct);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return;
        await using (var command = await CommandAsync(db, """
            INSERT INTO article_search (article_id, length, document, published, outlet_id, province_code)
            SELECT d.id, d.length, d.document::tsvector, a."Published", a."OutletId", a."ProvinceCode"
            FROM unnest(@ids, @lengths, @documents) AS d(id, length, document)
            JOIN "Articles" a ON a."Id" = d.id
            ON CONFLICT (article_id) DO UPDATE SET length = excluded.length, document = excluded.document
            """, ct))
        {
            command.Add("@ids", documents.Select(d => d.ArticleId).ToArray());
            command.Add("@lengths", documents.Select(d => CountTerms(d.TitleTerms) + CountTerms(d.BodyTerms)).ToArray());
            command.Add("@documents", documents.Select(d => PostgresTsVector.Text(d.TitleTerms, d.BodyTerms)).ToArray());
            await command.ExecuteNonQueryAsync(ct);
        }

        var counts = _rebuildCounts ?? new Dictionary<string, long>(StringComparer.Ordinal);
        SearchTermCounts.Count(documents, counts);
        if (_rebuildCounts is null) await AddCountsAsync(counts, ct);
    }

    public async Task BeginRebuildAsync(CancellationToken ct)
    {
        // Filling an unindexed table and building the GIN index once is several times faster than updating it per row.
        await using var command = await CommandAsync(db,
            "TRUNCATE article_search, search_terms; DROP INDEX IF EXISTS ix_article_search_document;", ct);
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
        await using var command = await CommandAsync(db, $"SET LOCAL maintenance_work_mem = '256MB'; {IndexSql}; ANALYZE article_search;", ct);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<RankedArticle>> RankAsync(SearchQuery query, SearchFilters filters, int take, CancellationToken ct)
    {
        if (query.IsEmpty) return [];
        var stats = await CountsAsync([.. query.Terms, DocumentsKey, LengthKey], ct);
        var documents = Math.Max(1, stats.GetValueOrDefault(DocumentsKey));
        var averageLength = Math.Max(1.0, stats.GetValueOrDefault(LengthKey) / (double)documents);
        var plan = QueryPlan.For(query.Terms, stats);
        if (plan.IsEmpty) return [];
        var terms = plan.Terms.ToList();

        await using var command = await CommandAsync(db, "", ct);
        command.Add("@candidates", plan.ToTsQuery());
        command.Add("@take", take);
        var frequencies = new StringBuilder();
        var score = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var df = stats[terms[i]];
            var idf = Math.Log(1 + (documents - df + 0.5) / (df + 0.5));
            command.Add($"@t{i}", terms[i]);
            frequencies.Append(i == 0 ? "" : ", ").Append($"{Number(SearchRanking.TitleWeight)} * ts_rank_cd({Weights}, a.document, to_tsquery('simple', @t{i})) AS f{i}");
            score.Append(i == 0 ? "" : " + ").Append($"{Number(idf)} * f{i} * {Number(K1 + 1)} / (f{i} + norm)");
        }
        // The candidates: the newest ScanLimit matches that pass the filters, read from the search table alone;
        // "Outlets" is joined only for its own filters.
        var where = FilterClauses(filters, command, SearchColumns);
        var outlets = filters.RegencyCode is not null || filters.Verification is { Count: > 0 } ? "JOIN \"Outlets\" o ON o.\"Id\" = a.outlet_id" : "";
        var windowParameter = command.Add("@window", 0L);
        // Scores are computed as the candidates are read, so that ordering them by id moves ids and scores, not documents.
        string Sql(bool windowed) => $"""
            SELECT article_id, score FROM (
                SELECT a.article_id, (({score}) * {Recency})::float8 AS score
                FROM article_search a {outlets}
                CROSS JOIN LATERAL (SELECT {frequencies}, {Number(K1)} * ({Number(1 - B)} + {Number(B)} * a.length / {Number(averageLength)}) AS norm) AS f
                WHERE a.document @@ to_tsquery('simple', @candidates){where}
                {(windowed ? "AND a.article_id > (SELECT max(article_id) FROM article_search) - @window"
                    : $"ORDER BY a.article_id DESC LIMIT {QueryPlan.ScanLimit}")}) AS c
            ORDER BY score DESC, article_id DESC LIMIT @take
            """;

        // Common words only: "the newest matches" read newest-first would test every recent article's terms, and read
        // by the GIN index they would fetch every match. Instead the newest articles are taken as a window of ids
        // where about ScanLimit matches are expected (terms assumed independent), matched through the GIN index and
        // the primary key together, and widened while it holds fewer than asked for (unusual pairs). Filtered queries
        // read the newest matches that pass the filters, which the planner finds through the filters' selectivity.
        var expected = plan.Rare.Count == 0 && filters.IsEmpty ? QueryPlan.ScanLimit / plan.Common.Aggregate(1.0, (p, t) => p * stats[t] / documents) : double.MaxValue;
        var window = expected < documents ? (long)Math.Ceiling(expected) : documents;
        while (true)
        {
            var windowed = window < documents;
            windowParameter.Value = windowed ? window : 0L;
            command.CommandText = Sql(windowed);
            var ranked = await ReadRankedAsync(command, ct);
            if (!windowed || ranked.Count >= take) return ranked;
            window *= 8;
        }
    }

    private async Task<Dictionary<string, long>> CountsAsync(string[] keys, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, "SELECT term, documents FROM search_terms WHERE term = ANY(@keys)", ct);
        command.Add("@keys", keys);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>Adds to the stored counts; rows are locked in term order so concurrent ingests cannot deadlock.</summary>
    private async Task AddCountsAsync(Dictionary<string, long> counts, CancellationToken ct)
    {
        var ordered = SearchTermCounts.Ordered(counts);
        await using var command = await CommandAsync(db, """
            INSERT INTO search_terms (term, documents) SELECT * FROM unnest(@terms, @counts)
            ON CONFLICT (term) DO UPDATE SET documents = search_terms.documents + excluded.documents
            """, ct);
        command.Add("@terms", ordered.Select(c => c.Key).ToArray());
        command.Add("@counts", ordered.Select(c => c.Value).ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }

    private static int CountTerms(string terms) => terms.Length == 0 ? 0 : terms.AsSpan().Count(' ') + 1;
}
