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
/// wide articles table (an article indexed again brings them up to date: its province changes when its outlet moves).
/// </summary>
internal sealed class PostgresSearchStore(SiberindoDb db, ILogger<PostgresSearchStore> logger) : ISearchStore
{
    // Marks an index whose documents carry facets (SearchFacets); one made before them is indexed again.
    private const string Format = "siberindo search index: terms, facets, five bucket levels and frequencies";
    private const string IndexSql = "CREATE INDEX IF NOT EXISTS ix_article_search_document ON article_search USING gin (document)";

    private static readonly string Recency =
        $"(1 + {Float(SearchRanking.RecencyBoost)} * {Float(SearchRanking.RecencyDays)} / " +
        $"({Float(SearchRanking.RecencyDays)} + greatest(0, date_part('epoch', now() - a.published) / 86400)))";

    // Every constant a float8: a plain literal is numeric in PostgreSQL, and numeric arithmetic on every candidate
    // cost a quarter of the scoring (measured); date_part returns float8 where extract returns numeric.
    private static string Float(double value) => Number(value) + "::float8";

    private static readonly ArticleColumns SearchColumns = new("a.published", "a.outlet_id", "a.province_code");

    private Dictionary<string, long>? _rebuildCounts;

    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        await using var command = await CommandAsync(db, $"""
            CREATE TABLE IF NOT EXISTS article_search (
                article_id bigint PRIMARY KEY REFERENCES "Articles"("Id") ON DELETE CASCADE,
                length integer NOT NULL,
                document tsvector NOT NULL,
                frequencies jsonb NOT NULL DEFAULT jsonb_build_object(),
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
            ALTER TABLE article_search ADD COLUMN IF NOT EXISTS frequencies jsonb NOT NULL DEFAULT jsonb_build_object();
            {IndexSql};
            -- Keeps documents inline and uncompressed up to a page: ranking reads each candidate's tsvector once per
            -- term, and a compressed or out-of-line one would be decompressed or fetched every time.
            ALTER TABLE article_search SET (toast_tuple_target = 8160);
            CREATE TABLE IF NOT EXISTS search_terms (term text PRIMARY KEY, documents bigint NOT NULL);
            """, ct);
        await command.ExecuteNonQueryAsync(ct);

        await using var format = await CommandAsync(db, "SELECT obj_description('article_search'::regclass, 'pg_class')", ct);
        if (await format.ExecuteScalarAsync(ct) as string != Format) await MarkFormatAsync(ct);
    }

    // Documents written in an earlier format (before facets, buckets and frequencies) lack them: the index is emptied and every article queued for the search
    // stage, which indexes them again in the background (a fresh table gets its mark at once, with nothing to queue).
    private async Task MarkFormatAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two nodes starting together: the second waits here, then finds the mark and leaves.
        await using (var locked = await CommandAsync(db,
            "LOCK TABLE article_search IN EXCLUSIVE MODE; SELECT obj_description('article_search'::regclass, 'pg_class')", ct))
        {
            if (await locked.ExecuteScalarAsync(ct) as string == Format) return;
        }
        await using (var command = await CommandAsync(db, $"""
            {RequeueAll}
            TRUNCATE article_search, search_terms;
            COMMENT ON TABLE article_search IS '{Format}';
            """, ct))
        {
            command.CommandTimeout = 0; // one queue entry per stored article: minutes over millions
            var queued = await command.ExecuteNonQueryAsync(ct);
            if (queued > 0) logger.LogWarning("The search index has an earlier format: {Count} article(s) queued to be indexed again.", queued);
        }
        await transaction.CommitAsync(ct);
    }

    public async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return;
        var counting = CountInBackground(documents);
        await using (var command = await CommandAsync(db, """
            INSERT INTO article_search (article_id, length, document, frequencies, published, outlet_id, province_code)
            SELECT d.id, d.length, d.document::tsvector, d.frequencies::jsonb, a."Published", a."OutletId", a."ProvinceCode"
            FROM unnest(@ids, @lengths, @documents, @frequencies) AS d(id, length, document, frequencies)
            JOIN "Articles" a ON a."Id" = d.id
            ON CONFLICT (article_id) DO UPDATE SET length = excluded.length, document = excluded.document, frequencies = excluded.frequencies,
                published = excluded.published, outlet_id = excluded.outlet_id, province_code = excluded.province_code
            """, ct))
        {
            command.Add("@ids", documents.Select(d => d.ArticleId).ToArray());
            command.Add("@lengths", documents.Select(d => SearchTermCounts.Length(d.TitleTerms) + SearchTermCounts.Length(d.BodyTerms)).ToArray());
            command.Add("@documents", documents.Select(d => PostgresTsVector.Text(d.TitleTerms, d.BodyTerms,
                [.. d.Facets.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PostgresTsVector.Facet), .. PostgresTsVector.Buckets(d.ArticleId)])).ToArray());
            command.Add("@frequencies", documents.Select(d => PostgresTsVector.FrequencyJson(d.TitleTerms, d.BodyTerms)).ToArray());
            await command.ExecuteNonQueryAsync(ct);
        }

        var counts = await counting;
        if (_rebuildCounts is { } total) AddTo(total, counts);
        else await AddCountsAsync(counts, ct);
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
        await using var command = await CommandAsync(db, $"SET LOCAL maintenance_work_mem = '1GB'; {IndexSql}; ANALYZE article_search;", ct);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<RankedArticle>> RankAsync(SearchQuery query, SearchFilters filters, int take, CancellationToken ct)
    {
        if (query.IsEmpty) return [];
        var facets = filters.IsEmpty ? [] : await FacetGroupsAsync(db, filters, ct);
        var stats = await CountsAsync(db, [.. query.Terms, DocumentsKey, LengthKey, .. facets.SelectMany(g => g).Select(FacetKey)], ct);
        var (documents, averageLength) = Corpus(stats);
        var plan = QueryPlan.For(query.Terms, stats);
        if (plan.IsEmpty) return [];
        var terms = plan.Terms.ToList();

        // Settings for this query alone (SET LOCAL), so in a transaction of its own; a caller's own transaction (none
        // today) would keep them until it ends.
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var ranked = await RankAsync(plan, terms, stats, documents, averageLength, facets, filters, take, ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
            return ranked;
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }

    private async Task<List<RankedArticle>> RankAsync(QueryPlan plan, List<string> terms, Dictionary<string, long> stats, long documents,
        double averageLength, List<IReadOnlyList<string>> facets, SearchFilters filters, int take, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, "", ct);
        var candidates = command.Add("@candidates", "");
        command.Add("@take", take);
        var frequencies = new StringBuilder();
        var score = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var idf = Idf(stats[terms[i]], documents);
            command.Add($"@t{i}", terms[i]);
            // f as stored (see PostgresTsVector): 1 unless listed, 0 when the article lacks the term (which every
            // candidate has when common words alone make the query).
            var stored = $"coalesce((a.frequencies -> @t{i}::text)::float8, 1)";
            frequencies.Append(i == 0 ? "" : ", ")
                .Append(plan.Rare.Count == 0 ? stored : $"CASE WHEN a.document @@ @t{i}::tsquery THEN {stored} ELSE 0 END").Append($" AS f{i}");
            score.Append(i == 0 ? "" : " + ").Append($"{Float(idf)} * f{i} * {Float(SearchRanking.K1 + 1)} / (f{i} + norm)");
        }
        var where = FilterClauses(filters, command, SearchColumns);
        var outlets = filters.RegencyCode is not null || filters.Verification is { Count: > 0 } ? "JOIN \"Outlets\" o ON o.\"Id\" = a.outlet_id" : "";
        // Two passes: the newest ScanLimit matches by id alone (sorting ids, not documents), then those are read again by
        // primary key and scored: scoring costs about 2 µs per term, so matches beyond ScanLimit are never scored.
        // Parallel workers cost more to start than such a query takes (5 ms serial, 15 ms with two workers, measured),
        // and JIT compiles for longer still.
        command.CommandText = $"""
            SET LOCAL max_parallel_workers_per_gather = 0;
            SET LOCAL jit = off;
            SELECT a.article_id, ({score}) * {Recency} AS score, c.matches
            FROM (SELECT a.article_id, count(*) OVER () AS matches FROM article_search a {outlets}
                  WHERE a.document @@ @candidates::tsquery{where}
                  ORDER BY a.article_id DESC LIMIT {QueryPlan.ScanLimit}) AS c
            JOIN article_search a ON a.article_id = c.article_id
            CROSS JOIN LATERAL (SELECT {frequencies}, {Float(SearchRanking.K1)} * ({Float(1 - SearchRanking.B)} + {Float(SearchRanking.B)} * a.length / {Float(averageLength)}) AS norm) AS f
            ORDER BY score DESC, a.article_id DESC LIMIT @take
            """;

        // A window holding fewer than ScanLimit matches (terms are not independent) is widened threefold, then dropped,
        // so that the newest ScanLimit matches are ranked as on SQLite.
        foreach (var widen in (double[])[1, 3])
        {
            if (await WindowAsync(plan, stats, documents, facets, widen, ct) is not { } window) break;
            candidates.Value = plan.ToTsQuery(Lexemes(facets).Append(window).ToList());
            var (ranked, matches) = await ReadAsync(command, ct);
            if (matches >= QueryPlan.ScanLimit) return ranked;
        }
        candidates.Value = plan.ToTsQuery(Lexemes(facets));
        return (await ReadAsync(command, ct)).Ranked;
    }

    private static async Task<(List<RankedArticle> Ranked, long Matches)> ReadAsync(System.Data.Common.DbCommand command, CancellationToken ct)
    {
        var ranked = new List<RankedArticle>();
        long matches = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ranked.Add(new RankedArticle(reader.GetInt64(0), reader.GetDouble(1)));
            matches = reader.GetInt64(2);
        }
        return (ranked, matches);
    }

    private const int WindowMatches = QueryPlan.ScanLimit * 3 / 2;

    /// <summary>
    /// When far more than ScanLimit articles are expected to match (common words only; terms and facets taken as
    /// independent), fetching every match from the heap costs about 4 µs each (10,000 matches: 40 ms) while only the
    /// newest ScanLimit are ranked. The newest id buckets where about <see cref="WindowMatches"/> (times
    /// <paramref name="widen"/>) matches are expected are then added to the match (<see cref="BucketWindow"/>): GIN
    /// still walks the rarest required postings, and only the window's matches are fetched. Null: no window.
    /// </summary>
    private async Task<IReadOnlyList<string>?> WindowAsync(QueryPlan plan, Dictionary<string, long> stats, long documents,
        List<IReadOnlyList<string>> facets, double widen, CancellationToken ct)
    {
        if (plan.Rare.Count > 0) return null; // rare terms have at most PostingsBudget postings: never worth a window
        var share = facets.Aggregate(1.0, (p, g) => p * Math.Min(documents, g.Sum(t => stats.GetValueOrDefault(FacetKey(t)))) / documents)
            * plan.Common.Aggregate(1.0, (p, t) => p * stats[t] / documents);
        // A window over more than a quarter of the index costs more (GIN advances its buckets' long postings) than
        // fetching every match (measured: 6 buckets of 2^16 ids, 57-74 ms).
        var ids = WindowMatches * widen / share;
        if (documents * share <= 2 * WindowMatches * widen || ids > documents / 4.0) return null;
        await using var command = await CommandAsync(db, "SELECT max(article_id) FROM article_search", ct);
        if (await command.ExecuteScalarAsync(ct) is not long newest) return null;
        return BucketWindow.Choose(newest, ids, share) is { } window
            ? Enumerable.Range(0, (int)window.Buckets).Select(i => PostgresTsVector.Bucket(window.Bits, newest - (i << window.Bits))).ToList()
            : null;
    }

    private static List<IReadOnlyList<string>> Lexemes(IEnumerable<IReadOnlyList<string>> facets) =>
        facets.Select(g => (IReadOnlyList<string>)g.Select(PostgresTsVector.Facet).ToList()).ToList();

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

}
