using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Siberindo.Storage;
using static Siberindo.Search.SearchTermCounts;

namespace Siberindo.Search;

/// <summary>
/// PostgreSQL's rebuild builds the new index beside the searched one, in the schema <see cref="Schema"/>, and swaps it
/// in with one short transaction at the end; searches read the old index meanwhile. Built beside it, the work spreads
/// over connections that each commit their own part: rows are copied in (binary COPY, the tsvector in its binary form,
/// so the server parses no text) on one connection while the context's connection reads the next batch, and the
/// partitions' GIN indexes are built at once, one connection each.
/// <para>
/// The search stage must not write to the old index meanwhile (what it wrote would be lost in the swap): the rebuild
/// holds <see cref="WritersLock"/> from before it reads the queue until the swap, and the stage's writes, which take it
/// shared, are refused and stay queued; after the swap the stage indexes them into the new index.
/// </para>
/// </summary>
internal sealed class PostgresSearchRebuild : ISearchRebuild
{
    /// <summary>An advisory lock key (any fixed bigint): taken shared by each write to the index, exclusively by a rebuild.</summary>
    public const long WritersLock = 7_403_221_950_115;

    private const string Schema = "search_rebuild";

    private static readonly TimeSpan SwapLockTimeout = TimeSpan.FromSeconds(2);
    private const int SwapAttempts = 10;

    // GIN builds use this much memory between them (1 GB measured as fast as 4 GB for one index of 1,000,000 articles).
    private const int IndexBuildMegabytes = 1024;

    private readonly NpgsqlConnection _template, _control, _writer;
    private readonly ILogger _logger;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private Task _writing = Task.CompletedTask;
    private bool _completed;

    private PostgresSearchRebuild(NpgsqlConnection template, NpgsqlConnection control, NpgsqlConnection writer, ILogger logger)
    {
        _logger = logger;
        _template = template;
        _control = control;
        _writer = writer;
    }

    public static async Task<ISearchRebuild> BeginAsync(SiberindoDb db, ILogger logger, CancellationToken ct)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var template = (NpgsqlConnection)db.Database.GetDbConnection();
        // Connections of the rebuild's own, unpooled: the session lock ends with the connection, never left in a pool.
        var control = await OpenAsync(template, ct);
        try
        {
            // Waits for writes in progress, and for a rebuild already running.
            await ExecuteAsync(control, $"SELECT pg_advisory_lock({WritersLock})", ct);
            // A schema a failed rebuild left behind goes first. The queue entries committed now are the ones this
            // rebuild covers, kept by id: a newest id alone could pass over an entry whose transaction (an article's
            // revision) had not yet committed, and whose new text the rebuild might not read.
            await ExecuteAsync(control, $"""
                DROP SCHEMA IF EXISTS {Schema} CASCADE;
                CREATE SCHEMA {Schema};
                CREATE TABLE {Schema}.covered_queue AS SELECT "Id" FROM public."SearchQueue";
                """ + PostgresSearchStore.TablesSql(Schema), ct);
            return new PostgresSearchRebuild(template, control, await OpenAsync(template, ct), logger);
        }
        catch
        {
            await control.DisposeAsync();
            throw;
        }
    }

    public async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        await _writing; // one batch in flight, written on the thread pool while the caller reads the next
        var counting = CountInBackground(documents);
        _writing = Task.Run(() => CopyAsync(documents, counting, ct), ct);
    }

    private async Task CopyAsync(IReadOnlyList<SearchDocument> documents, Task<Dictionary<string, long>> counting, CancellationToken ct)
    {
        try
        {
            await CopyRowsAsync(documents, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // An article deleted after its batch was read: the batch is copied again without it (and counted without it).
            await using var existing = new NpgsqlCommand("SELECT \"Id\" FROM \"Articles\" WHERE \"Id\" = ANY(@ids)", _writer);
            existing.Parameters.AddWithValue("ids", documents.Select(d => d.ArticleId).ToArray());
            var kept = new HashSet<long>();
            await using (var reader = await existing.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) kept.Add(reader.GetInt64(0));
            documents = documents.Where(d => kept.Contains(d.ArticleId)).ToList();
            counting = CountInBackground(documents);
            await CopyRowsAsync(documents, ct);
        }
        AddTo(_counts, await counting);
    }

    private async Task CopyRowsAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        await using (var importer = await _writer.BeginBinaryImportAsync(
            $"COPY {Schema}.article_search (article_id, length, document, frequencies, published, outlet_id, province_code) FROM STDIN (FORMAT BINARY)", ct))
        {
            // The rows' values on every core first: one thread streams them, and it would otherwise be the slowest
            // stage of the pipeline.
            var rows = new (byte[] Document, string Frequencies)[documents.Count];
            Parallel.For(0, documents.Count, i =>
            {
                var d = documents[i];
                var (lexemes, frequencies) = PostgresTsVector.Terms(d.TitleTerms, d.BodyTerms, PostgresTsVector.Facets(d));
                rows[i] = (PostgresTsVector.Binary(lexemes), frequencies);
            });
            for (var i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(d.ArticleId, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(PostgresSearchStore.Length(d), NpgsqlDbType.Integer, ct);
                // Binary COPY names no types: these bytes go to the column's own binary input, tsvectorrecv.
                await importer.WriteAsync(rows[i].Document, NpgsqlDbType.Bytea, ct);
                await importer.WriteAsync(rows[i].Frequencies, NpgsqlDbType.Jsonb, ct);
                await importer.WriteAsync(DateTime.SpecifyKind(d.Published, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(d.OutletId, NpgsqlDbType.Integer, ct);
                if (d.ProvinceCode is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(d.ProvinceCode, NpgsqlDbType.Text, ct);
            }
            await importer.CompleteAsync(ct);
        }
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await _writing;
        var loaded = _clock.Elapsed;
        await Task.WhenAll(Enumerable.Range(0, PostgresSearchStore.Partitions).Select(async partition =>
        {
            await using var connection = await OpenAsync(_template, ct);
            await ExecuteAsync(connection, $"SET maintenance_work_mem = '{IndexBuildMegabytes / PostgresSearchStore.Partitions}MB'; " +
                PostgresSearchStore.PartitionIndexSql(Schema, partition), ct);
        }));
        await ExecuteAsync(_control, PostgresSearchStore.IndexSql(Schema), ct); // attaches the partitions' indexes
        await using (var importer = await _writer.BeginBinaryImportAsync($"COPY {Schema}.search_terms (term, documents) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (term, documents) in _counts)
                await importer.WriteRowAsync(ct, term, documents);
            await importer.CompleteAsync(ct);
        }
        await ExecuteAsync(_control, $"ANALYZE {Schema}.article_search; ANALYZE {Schema}.search_terms;", ct);

        var indexed = _clock.Elapsed;

        // The swap. Dropping the old table also removes its foreign key's triggers on "Articles", which takes that
        // table's exclusive lock: the locks are taken first, in the order an article's deletion takes them ("Articles",
        // then the index), so the two cannot deadlock; and with a time limit, retried, so that a long transaction on
        // "Articles" (a crawl's ingest) neither holds searches and the portal waiting behind the swap nor costs the
        // rebuild. Held for the swap's few statements only.
        var partitions = string.Concat(Enumerable.Range(0, PostgresSearchStore.Partitions)
            .Select(i => $"ALTER TABLE {Schema}.article_search_{i} SET SCHEMA public; "));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await _control.BeginTransactionAsync(ct);
                await ExecuteAsync(_control, $"""
                    SET LOCAL lock_timeout = '{(int)SwapLockTimeout.TotalMilliseconds}ms';
                    LOCK TABLE public."Articles", public.article_search, public.search_terms IN ACCESS EXCLUSIVE MODE;
                    DELETE FROM public."SearchQueue" q USING {Schema}.covered_queue c WHERE q."Id" = c."Id";
                    DROP TABLE public.article_search, public.search_terms;
                    ALTER TABLE {Schema}.article_search SET SCHEMA public;
                    {partitions}
                    ALTER TABLE {Schema}.search_terms SET SCHEMA public;
                    DROP TABLE {Schema}.covered_queue;
                    DROP SCHEMA {Schema};
                    """, ct);
                await transaction.CommitAsync(ct);
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable && attempt < SwapAttempts)
            {
                _logger.LogInformation("The search index swap waited {Timeout} for locks (attempt {Attempt}); trying again.", SwapLockTimeout, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
            }
        }
        _completed = true;
        _logger.LogInformation("Search index rebuilt: rows copied in {Load:F1} s, GIN indexes built and analysed in {Index:F1} s, swapped in {Swap:F2} s",
            loaded.TotalSeconds, (indexed - loaded).TotalSeconds, (_clock.Elapsed - indexed).TotalSeconds);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writing;
        }
        catch
        {
            // Already surfaced to the caller, or the rebuild was abandoned for another reason.
        }
        try
        {
            if (!_completed && _control.State == System.Data.ConnectionState.Open)
                await ExecuteAsync(_control, $"DROP SCHEMA IF EXISTS {Schema} CASCADE", CancellationToken.None);
        }
        finally
        {
            await _writer.DisposeAsync();
            await _control.DisposeAsync(); // ends the session and its lock
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnection template, CancellationToken ct)
    {
        var connection = template.CloneWith(new NpgsqlConnectionStringBuilder(template.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
