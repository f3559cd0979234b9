using System.Text;
using Siberindo.Core.Search;
using Siberindo.Storage;
using static Siberindo.Search.SearchSql;
using static Siberindo.Search.SearchTermCounts;

namespace Siberindo.Search;

/// <summary>
/// A table of position-free tsvectors of the analysed terms, as the <c>simple</c> configuration would build them (so
/// PostgreSQL neither stems nor drops anything again), with facet and id-bucket lexemes and a GIN index; beside them
/// each article's title-weighted term frequencies (see <see cref="PostgresTsVector"/>). Ranked by the same BM25 as
/// SQLite (<see cref="Fts5Bm25"/>): PostgreSQL has no document frequencies, so <c>search_terms</c> keeps them (and the
/// corpus size and length). The article's date, outlet and province are kept beside its terms, so ranking and filters
/// by them never read the wide articles table (an article indexed again brings them up to date: its province changes
/// when its outlet moves).
/// </summary>
internal sealed class PostgresSearchStore(SiberindoDb db, ILogger<PostgresSearchStore> logger) : ISearchStore
{
    // The table's comment names its format; a table in another format is dropped and made again at start.
    private const string Format = "siberindo search index: hash partitions, terms, facets, five bucket levels and frequencies";

    /// <summary>
    /// Hash partitions of the index table: a rebuild builds their GIN indexes at once, one connection each, since
    /// PostgreSQL 15 builds one index on one core (1,000,000 articles: 120 s as one index, 55 s as two halves at once on
    /// two cores, measured). A search reads each partition's index; more partitions would cost every search more.
    /// </summary>
    public const int Partitions = 2;

    /// <summary>The tables of the index in <paramref name="schema"/>, without its GIN index (see <see cref="IndexSql"/>).</summary>
    public static string TablesSql(string schema) => $"""
        CREATE TABLE IF NOT EXISTS {schema}.article_search (
            article_id bigint PRIMARY KEY REFERENCES public."Articles"("Id") ON DELETE CASCADE,
            length integer NOT NULL,
            document tsvector NOT NULL,
            frequencies jsonb NOT NULL,
            published timestamptz NOT NULL,
            outlet_id integer NOT NULL,
            province_code text) PARTITION BY HASH (article_id);
        {string.Concat(Enumerable.Range(0, Partitions).Select(i => $"""
            -- toast_tuple_target keeps rows inline and uncompressed up to a page: ranking reads each candidate's tsvector
            -- and frequencies, and a compressed or out-of-line value would be decompressed or fetched every time.
            CREATE TABLE IF NOT EXISTS {schema}.article_search_{i} PARTITION OF {schema}.article_search
                FOR VALUES WITH (MODULUS {Partitions}, REMAINDER {i}) WITH (toast_tuple_target = 8160);

            """))}
        COMMENT ON TABLE {schema}.article_search IS '{Format}';
        CREATE TABLE IF NOT EXISTS {schema}.search_terms (term text PRIMARY KEY, documents bigint NOT NULL);
        """;

    /// <summary>One partition's GIN index.</summary>
    public static string PartitionIndexSql(string schema, int partition) =>
        $"CREATE INDEX IF NOT EXISTS article_search_{partition}_document ON {schema}.article_search_{partition} USING gin (document);";

    /// <summary>The table's GIN index: made of the partitions' indexes, which it attaches when they exist.</summary>
    public static string IndexSql(string schema) =>
        string.Concat(Enumerable.Range(0, Partitions).Select(i => PartitionIndexSql(schema, i))) +
        $"CREATE INDEX IF NOT EXISTS ix_article_search_document ON {schema}.article_search USING gin (document);";

    private static readonly string Recency =
        $"(1 + {Float(SearchRanking.RecencyBoost)} * {Float(SearchRanking.RecencyDays)} / " +
        $"({Float(SearchRanking.RecencyDays)} + greatest(0, date_part('epoch', now() - a.published) / 86400)))";

    // Every constant a float8: a plain literal is numeric in PostgreSQL, and numeric arithmetic on every candidate
    // cost a quarter of the scoring (measured); date_part returns float8 where extract returns numeric.
    private static string Float(double value) => Number(value) + "::float8";

    private static readonly ArticleColumns SearchColumns = new("a.published", "a.outlet_id", "a.province_code");

    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        if (await FormatAsync(ct) is { } format && format != Format) await DropEarlierFormatAsync(ct);
        await using var command = await CommandAsync(db, TablesSql("public") + IndexSql("public"), ct);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The index table's format mark: null when there is no table yet, "" when it has no mark.</summary>
    private async Task<string?> FormatAsync(CancellationToken ct)
    {
        await using var command = await CommandAsync(db,
            "SELECT coalesce(obj_description(t, 'pg_class'), '') FROM to_regclass('article_search') AS t WHERE t IS NOT NULL", ct);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    // An index written in an earlier format (before facets, buckets and frequencies) is dropped, to be made again
    // empty, and every article queued for the search stage, which indexes them again in the background. Two nodes
    // starting together: the second waits for the first's lock, then finds the table gone and leaves.
    private async Task DropEarlierFormatAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using (var locked = await CommandAsync(db, "SELECT pg_advisory_xact_lock(hashtext('article_search format'))", ct))
            await locked.ExecuteNonQueryAsync(ct);
        if (await FormatAsync(ct) is not { } format || format == Format) return;
        await using (var command = await CommandAsync(db, $"""
            DROP TABLE article_search;
            DROP TABLE IF EXISTS search_terms;
            {RequeueAll}
            """, ct))
        {
            command.CommandTimeout = 0; // one queue entry per stored article: minutes over millions
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        logger.LogWarning("The search index had an earlier format: it was dropped and every article queued to be indexed again.");
    }

    public async Task<bool> AcceptsWritesAsync(CancellationToken ct)
    {
        await using var command = await CommandAsync(db, $"""
            SELECT NOT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND mode = 'ExclusiveLock' AND granted
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND ((classid::bigint << 32) | objid::bigint) = {PostgresSearchRebuild.WritersLock})
            """, ct);
        return await command.ExecuteScalarAsync(ct) is true;
    }

    public async Task<bool> WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return true;
        // Shared with other writers, refused while a rebuild holds it (PostgresSearchRebuild): rows written now would be
        // lost when the rebuilt table replaces this one. Released when the caller's transaction ends.
        await using (var locked = await CommandAsync(db, $"SELECT pg_try_advisory_xact_lock_shared({PostgresSearchRebuild.WritersLock})", ct))
            if (await locked.ExecuteScalarAsync(ct) is false) return false;
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
            command.Add("@lengths", documents.Select(Length).ToArray());
            var terms = documents.Select(d => PostgresTsVector.Terms(d.TitleTerms, d.BodyTerms, PostgresTsVector.Facets(d))).ToList();
            command.Add("@documents", terms.Select(t => PostgresTsVector.Text(t.Lexemes)).ToArray());
            command.Add("@frequencies", terms.Select(t => t.FrequencyJson).ToArray());
            await command.ExecuteNonQueryAsync(ct);
        }
        await AddCountsAsync(db, await counting, ct);
        return true;
    }

    /// <summary>The document's length in terms, as BM25 normalises it.</summary>
    public static int Length(SearchDocument d) => SearchTermCounts.Length(d.TitleTerms) + SearchTermCounts.Length(d.BodyTerms);

    public Task<ISearchRebuild> BeginRebuildAsync(CancellationToken ct) => PostgresSearchRebuild.BeginAsync(db, logger, ct);

    public async Task<List<RankedArticle>> RankAsync(SearchQuery query, SearchFilters filters, int take, CancellationToken ct)
    {
        if (query.IsEmpty) return [];
        var facets = filters.IsEmpty ? [] : await FacetGroupsAsync(db, filters, ct);
        var stats = await CountsAsync(db, [.. query.AllTerms, DocumentsKey, LengthKey, .. facets.SelectMany(g => g).Select(FacetKey)], ct);
        var (documents, averageLength) = Corpus(stats);
        var plan = QueryPlan.For(query.Concepts, stats);
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
        // Every candidate has every term only when common plain terms alone make the query.
        var allPresent = plan.Rare.Count == 0 && plan.Common.All(c => c.IsPlainTerm);
        for (var i = 0; i < terms.Count; i++)
        {
            command.Add($"@t{i}", terms[i]);
            // f as stored (see PostgresTsVector): 1 unless listed, 0 when the article lacks the term.
            var stored = $"coalesce((a.frequencies -> @t{i}::text)::float8, 1)";
            frequencies.Append(i == 0 ? "" : ", ")
                .Append(allPresent ? stored : $"CASE WHEN a.document @@ @t{i}::tsquery THEN {stored} ELSE 0 END").Append($" AS f{i}");
        }
        var score = Score(plan, terms, t => Idf(stats.GetValueOrDefault(t), documents));
        var where = FilterClauses(filters, command, SearchColumns);
        var outlets = OutletsJoin(filters, SearchColumns);
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
        foreach (var window in await WindowsAsync(plan, stats, documents, facets, ct))
        {
            candidates.Value = plan.ToTsQuery(Lexemes(facets).Append(window).ToList());
            var (ranked, matches) = await ReadAsync(command, ct);
            if (matches >= QueryPlan.ScanLimit) return ranked;
        }
        candidates.Value = plan.ToTsQuery(Lexemes(facets));
        return (await ReadAsync(command, ct)).Ranked;
    }

    /// <summary>
    /// The score over the frequencies f0, f1, ... of <paramref name="terms"/> (<see cref="QueryScoring"/>, as
    /// <see cref="Fts5Bm25"/> computes it): per concept its best alternative, an expansion only when all its terms are there.
    /// </summary>
    private static string Score(QueryPlan plan, List<string> terms, Func<string, double> idf)
    {
        string Part(WeightedTerm t) =>
            $"{Float(t.Weight)} * f{terms.IndexOf(t.Term)} * {Float(SearchRanking.K1 + 1)} / (f{terms.IndexOf(t.Term)} + norm)";
        var concepts = QueryScoring.Alternatives(plan, idf).Where(a => a.Terms.Count > 0).GroupBy(a => a.Concept).Select(concept =>
        {
            var alternatives = concept.Select(a =>
            {
                var sum = string.Join(" + ", a.Terms.Select(Part));
                return a.RequireAll
                    ? $"CASE WHEN {string.Join(" AND ", a.Terms.Select(t => $"f{terms.IndexOf(t.Term)} > 0"))} THEN {sum} ELSE 0 END"
                    : sum;
            }).ToList();
            return alternatives.Count == 1 ? alternatives[0] : $"greatest({string.Join(", ", alternatives.Select(a => $"({a})"))})";
        });
        return string.Join(" + ", concepts);
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
    /// newest ScanLimit are ranked. The newest id buckets where about <see cref="WindowMatches"/> matches are expected,
    /// then three times as many, are added to the match in turn (<see cref="BucketWindow"/>): GIN still walks the rarest
    /// required postings, and only the window's matches are fetched. None when no window pays.
    /// </summary>
    private async Task<List<IReadOnlyList<string>>> WindowsAsync(QueryPlan plan, Dictionary<string, long> stats, long documents,
        List<IReadOnlyList<string>> facets, CancellationToken ct)
    {
        var windows = new List<IReadOnlyList<string>>();
        if (plan.Rare.Count > 0) return windows; // rare terms have at most PostingsBudget postings: never worth a window
        var share = facets.Aggregate(1.0, (p, g) => p * Math.Min(documents, g.Sum(t => stats.GetValueOrDefault(FacetKey(t)))) / documents)
            * plan.Common.Aggregate(1.0, (p, c) => p * Math.Min(documents, c.Postings(stats)) / documents);
        long? newest = null;
        foreach (var widen in (double[])[1, 3])
        {
            // A window over more than a quarter of the index costs more (GIN advances its buckets' long postings) than
            // fetching every match (measured: 6 buckets of 2^16 ids, 57-74 ms).
            var ids = WindowMatches * widen / share;
            if (documents * share <= 2 * WindowMatches * widen || ids > documents / 4.0) break;
            if (newest is null)
            {
                await using var command = await CommandAsync(db, "SELECT max(article_id) FROM article_search", ct);
                if (await command.ExecuteScalarAsync(ct) is not long max) break;
                newest = max;
            }
            if (BucketWindow.Choose(newest.Value, ids, share) is not { } window) break;
            windows.Add(Enumerable.Range(0, (int)window.Buckets)
                .Select(i => PostgresTsVector.Bucket(window.Bits, newest.Value - (i << window.Bits))).ToList());
        }
        return windows;
    }

    private static List<IReadOnlyList<string>> Lexemes(IEnumerable<IReadOnlyList<string>> facets) =>
        facets.Select(g => (IReadOnlyList<string>)g.Select(PostgresTsVector.Facet).ToList()).ToList();

    /// <summary>Adds to the stored counts; rows are locked in term order so concurrent ingests cannot deadlock.</summary>
    private static async Task AddCountsAsync(SiberindoDb db, Dictionary<string, long> counts, CancellationToken ct)
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
