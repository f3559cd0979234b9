using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Siberindo.Articles;
using Siberindo.Bench.SearchSpeed;
using Siberindo.Hosting;
using Siberindo.Outlets;
using Siberindo.Regions;
using Siberindo.Search;
using Siberindo.Storage;

// Search speed over a generated corpus, through the product's own services (index rebuild, ranked and grouped search).
//   dotnet run -c Release --project bench/Siberindo.Bench.SearchSpeed -- --provider sqlite [--articles 1000000] [--queries 300]
//   dotnet run -c Release --project bench/Siberindo.Bench.SearchSpeed -- --provider postgres   (server: SIBERINDO_TEST_POSTGRES)
// The database is a fresh temporary one, removed at the end unless --keep is given. --reuse CONNECTION queries a kept
// one (--reindex: rebuild its index first; --sql "STATEMENT": time one statement); --slowest lists each path's slowest
// queries; --corpus FOLDER: the news corpus the generator is calibrated to (default ../shared/corpus).

var provider = Option("--provider") ?? "sqlite";
var articleCount = int.Parse(Option("--articles") ?? "1000000");
var queryCount = int.Parse(Option("--queries") ?? "300");
var keep = args.Contains("--keep");
// --reuse CONNECTION: query a database a previous run kept (--keep), skipping generation and indexing.
var reuse = Option("--reuse");
var repoRoot = FindRepoRoot();
var rootsFile = Path.Combine(repoRoot, "src/Siberindo.Core/Text/Data/id-roots.txt");
// Calibration: counts (never text) of the shared news corpus, read at run time.
var statistics = NewsStatistics.Measure(Option("--corpus") ?? Path.Combine(repoRoot, "..", "shared", "corpus"));
var news = new IndonesianNews(rootsFile, statistics, seed: 20251118);
ReportCalibration();

string connection;
Func<Task> drop;
if (reuse is not null)
{
    connection = reuse;
    drop = () => Task.CompletedTask;
    keep = true;
}
else if (provider == "sqlite")
{
    var folder = Directory.CreateTempSubdirectory("siberindo-search-speed-");
    connection = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
    drop = () => { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); folder.Delete(true); return Task.CompletedTask; };
}
else
{
    var server = Environment.GetEnvironmentVariable("SIBERINDO_TEST_POSTGRES") ?? throw new InvalidOperationException("Set SIBERINDO_TEST_POSTGRES.");
    var name = "siberindo_speed_" + Environment.ProcessId;
    await Admin(server, $"CREATE DATABASE {name}");
    connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    drop = async () => { NpgsqlConnection.ClearAllPools(); await Admin(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"); };
}

try
{
    var app = SiberindoApp.Build(SiberindoApp.CreateBuilder([
        $"--Database:Provider={(provider == "sqlite" ? "Sqlite" : "Postgres")}", $"--ConnectionStrings:Siberindo={connection}",
        "--Crawler:Enabled=false", "--Logging:LogLevel:Default=Warning"]));
    await app.Services.InitializeDatabaseAsync();
    Console.WriteLine($"{provider}: {articleCount:N0} generated articles, {queryCount} queries; {Environment.ProcessorCount} cores");

    // --sql "STATEMENT": times a statement against the database (3 runs), for studying query plans.
    if (Option("--sql") is { } probeSql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var probeDb = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        await probeDb.Database.OpenConnectionAsync();
        for (var run = 0; run < 3; run++)
        {
            await using var command = probeDb.Database.GetDbConnection().CreateCommand();
            command.CommandText = probeSql;
            var watch = Stopwatch.StartNew();
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            object? first = null;
            while (await reader.ReadAsync()) { first ??= reader.GetValue(0); rows++; }
            Console.WriteLine($"  {watch.Elapsed.TotalMilliseconds:F1} ms, {rows} rows, first {first}");
        }
        return 0;
    }

    // 1. Articles, stored directly (bulk): the benchmark measures indexing and search, not the ingestor's de-duplication.
    var sampleTitles = new List<string>();
    if (reuse is null) await StoreAndIndexAsync();
    else
    {
        if (args.Contains("--reindex")) await RebuildIndexAsync(); // re-times indexing over the kept articles
        if (Option("--incremental") is { } incremental) await IndexNewArticlesAsync(int.Parse(incremental));
        await using var scope = app.Services.CreateAsyncScope();
        var step = Math.Max(1, articleCount / Math.Max(1, queryCount * 3));
        sampleTitles = await scope.ServiceProvider.GetRequiredService<SiberindoDb>().Articles
            .Where(a => a.Id % step == 0).Select(a => a.Title).ToListAsync();
    }

    async Task StoreAndIndexAsync()
    {
    var outlets = await CreateOutletsAsync(app.Services);
    var clock = Stopwatch.StartNew();
    var sampleEvery = Math.Max(1, articleCount / (queryCount * 3));
    await StoreArticlesAsync(outlets, 0, articleCount, queued: false, (i, title) => { if (i % sampleEvery == 0) sampleTitles.Add(title); });
    Console.WriteLine($"\r  stored {articleCount:N0} articles in {clock.Elapsed.TotalSeconds:F0} s");

    // 2a. Analysis alone, on every core as the rebuild runs it: what indexing could reach if writing were free.
    {
        var probe = new IndonesianNews(rootsFile, statistics, seed: 2);
        var texts = Enumerable.Range(0, 20_000).Select(i => (Title: probe.Title(), Body: probe.Body())).ToList();
        foreach (var pass in (string[])["first pass", "second pass"])
        {
            var watch = Stopwatch.StartNew();
            var terms = 0L;
            Parallel.For(0, texts.Count, i =>
            {
                var d = ArticleSearchIndex.DocumentOf(new IndexSource(i, texts[i].Title, null, texts[i].Body, 1, "31", DateTime.UtcNow));
                Interlocked.Add(ref terms, d.TitleTerms.Count(c => c == ' ') + d.BodyTerms.Count(c => c == ' ') + 2);
            });
            Console.WriteLine($"  analysis alone, {pass} (20,000 other generated articles, {Environment.ProcessorCount} cores): " +
                $"{texts.Count / watch.Elapsed.TotalSeconds:N0} articles/s, {terms / (double)texts.Count:F0} terms per article");
        }
    }

    await RebuildIndexAsync();
    }

    // 2. Indexing: the same rebuild as `siberindo search reindex` (read, analyse on every core, write in one transaction).
    async Task RebuildIndexAsync()
    {
    var clock = Stopwatch.StartNew();
    int indexed;
    await using (var scope = app.Services.CreateAsyncScope())
        indexed = await scope.ServiceProvider.GetRequiredService<ArticleSearchIndex>().RebuildAsync();
    var indexSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"  indexed {indexed:N0} articles in {indexSeconds:F1} s: {indexed / indexSeconds:N0} articles/s");
    }

    // Stores generated articles after the first `first` ones, of the given outlets, a batch per transaction; queued for
    // the search stage as ingest queues them, or not (the rebuild indexes them).
    async Task StoreArticlesAsync(List<Outlet> outlets, int first, int count, bool queued, Action<int, string>? sample = null)
    {
        const int Batch = 10_000;
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var done = first; done < first + count; done += Batch)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = new List<Article>(Batch);
            for (var i = done; i < Math.Min(first + count, done + Batch); i++)
            {
                var outlet = outlets[i % outlets.Count];
                var title = news.Title();
                sample?.Invoke(i, title);
                var body = news.Body();
                var published = start.AddSeconds(i * 60.0);
                batch.Add(new Article
                {
                    OutletId = outlet.Id, Guid = $"g{i}", Url = $"https://{outlet.Domain}/{i}", Title = title, Body = body,
                    Excerpt = body.Length > 280 ? body[..280] : body, Published = published, Fetched = published, ProvinceCode = outlet.ProvinceCode,
                });
            }
            db.Articles.AddRange(batch);
            await db.SaveChangesAsync();
            if (queued)
            {
                db.Set<SearchQueueEntry>().AddRange(batch.Select(a => new SearchQueueEntry { ArticleId = a.Id }));
                await db.SaveChangesAsync();
            }
            if ((done / Batch) % 20 == 0) Console.Write($"\r  stored {done - first + batch.Count:N0}");
        }
    }

    // --incremental N: the search stage's own rate, as a worker runs it while feeds bring news: N new articles are
    // stored and queued, then the stage indexes them into the kept index (batches of 2,000, analysis on every core, one
    // short transaction each). Afterwards they are deleted and their counts taken back, so the kept database is as before.
    async Task IndexNewArticlesAsync(int count)
    {
        List<Outlet> outlets;
        int stored;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            outlets = await db.Outlets.OrderBy(o => o.Id).ToListAsync();
            stored = await db.Articles.CountAsync();
        }
        long firstNewId;
        await using (var scope = app.Services.CreateAsyncScope())
            firstNewId = (await scope.ServiceProvider.GetRequiredService<SiberindoDb>().Articles.MaxAsync(a => (long?)a.Id) ?? 0) + 1;
        await StoreArticlesAsync(outlets, stored, count, queued: true);
        Console.WriteLine($"\r  stored and queued {count:N0} new articles beside {stored:N0} indexed ones");

        var clock = Stopwatch.StartNew();
        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromHours(1));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  search stage indexed {count:N0} new articles in {seconds:F1} s: {count / seconds:N0} articles/s");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            var added = db.Articles.AsNoTracking().Where(a => a.Id >= firstNewId);
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            SearchTermCounts.Count(ArticleSearchIndex.Analyze(await ArticleSearchIndex.Sources(added).ToListAsync()), counts);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await added.ExecuteDeleteAsync();
            foreach (var (term, documents) in counts)
                await db.Database.ExecuteSqlAsync($"UPDATE search_terms SET documents = documents - {documents} WHERE term = {term}");
            await transaction.CommitAsync();
        }
        Console.WriteLine($"  removed them again ({count:N0} articles, their index entries and counts)");
    }

    // 3. Queries: 2-3 content words of a stored headline in headline order, as readers type them (inflected forms,
    // any case; function words left out as readers do).
    var random = new Random(7);
    // Untimed warm-up queries first on each path, so the timed ones meet a process in its steady state, as a server's
    // are: with 30, tiered compilation was still recompiling during the timed queries (perf: 13 % of the CPU in the JIT).
    const int WarmUp = 100;
    var queries = Enumerable.Range(0, queryCount + WarmUp).Select(_ =>
    {
        var words = sampleTitles[random.Next(sampleTitles.Count)].Split(' ')
            .Where(w => !Siberindo.Core.Text.IndonesianStopwords.Contains(w.ToLowerInvariant())).Distinct().ToList();
        var picked = Enumerable.Range(0, words.Count).OrderBy(_ => random.Next()).Take(random.Next(2, 4)).Order();
        return string.Join(' ', picked.Select(i => words[i]));
    }).ToList();
    var provinces = app.Services.GetRequiredService<RegionCatalog>().Provinces;

    await Measure("ranking only, best 200 (ISearchStore.RankAsync)", (s, q) => s.RankOnlyAsync(q, 200));
    await Measure("page of 20 story groups with snippets (/cari, API)", (s, q) => s.SearchAsync(q, SearchFilters.None, 1, 20));
    await Measure("top 10 articles (CLI --json)", (s, q) => s.TopArticlesAsync(q, SearchFilters.None, 10));
    await Measure("page of 20, filtered by a province", (s, q) =>
        s.SearchAsync(q, new SearchFilters(ProvinceCode: provinces[Math.Abs(q.GetHashCode()) % provinces.Count].Code), 1, 20));

    async Task Measure<T>(string label, Func<Searcher, string, Task<T>> run)
    {
        var times = new List<double>();
        var slowest = new List<(double Ms, string Query)>();
        for (var i = 0; i < queries.Count; i++)
        {
            await using var scope = app.Services.CreateAsyncScope(); // one request's services
            var search = new Searcher(scope.ServiceProvider);
            var watch = Stopwatch.StartNew();
            await run(search, queries[i]);
            if (i < WarmUp) continue;
            times.Add(watch.Elapsed.TotalMilliseconds);
            slowest.Add((watch.Elapsed.TotalMilliseconds, queries[i]));
        }
        if (times.Count == 0) return;
        times.Sort();
        if (args.Contains("--slowest"))
            foreach (var (ms, q) in slowest.OrderByDescending(s => s.Ms).Take(8)) Console.WriteLine($"    {ms,7:F1} ms  {q}");
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine($"  {label}: p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {times[^1]:F1} ms");
    }

    await app.DisposeAsync();
}
finally
{
    if (!keep) await drop();
    else Console.WriteLine($"kept: {connection}");
}
return 0;

// What the generator is calibrated to, and what a sample of its articles gives after analysis.
void ReportCalibration()
{
    var sample = new IndonesianNews(rootsFile, statistics, seed: 1);
    const int SampleSize = 5000;
    var frequency = new Dictionary<string, int>();
    for (var i = 0; i < SampleSize; i++)
        foreach (var term in Siberindo.Core.Text.IndonesianAnalyzer.Default.Analyze(sample.Title() + "\n" + sample.Body()).ToHashSet())
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
    var generated = frequency.Values.OrderDescending().Select(f => f / (double)SampleSize).ToArray();
    int[] ranks = [1, 3, 10, 30, 100, 300, 1000];
    string Shares(double[] shares) => string.Join(" ", ranks.Select(r => r <= shares.Length ? $"{shares[r - 1]:P0}" : "-"));
    Console.WriteLine($"calibration: {statistics.Documents} corpus articles; function words {statistics.TitleStopwordShare:P0} of title words, " +
        $"{statistics.BodyStopwordShare:P0} of body words; content roots (rank + {news.Offset})^-{news.Exponent:F2}");
    Console.WriteLine($"  share of articles holding the term of rank {string.Join("/", ranks)}:");
    Console.WriteLine($"  corpus    {Shares(statistics.ContentDocumentShareByRank)}");
    Console.WriteLine($"  generated {Shares(generated)} ({SampleSize:N0} sampled articles)");
}

static async Task<List<Outlet>> CreateOutletsAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
    var regencies = scope.ServiceProvider.GetRequiredService<RegionCatalog>().Regencies;
    var random = new Random(3);
    var outlets = Enumerable.Range(0, 1000).Select(i =>
    {
        var regency = regencies[random.Next(regencies.Count)];
        var verification = (VerificationStatus)random.Next(3);
        return new Outlet
        {
            Slug = $"media-{i}", Name = $"Media {i}", Website = $"https://media{i}.example", Domain = $"media{i}.example",
            RegencyCode = regency.Code, ProvinceCode = regency.ProvinceCode, Verification = verification,
            VerifiedOn = verification == VerificationStatus.None ? null : new DateOnly(2024, 1, 1),
        };
    }).ToList();
    db.Outlets.AddRange(outlets);
    await db.SaveChangesAsync();
    return outlets;
}

static async Task Admin(string server, string sql)
{
    await using var admin = new NpgsqlConnection(server);
    await admin.OpenAsync();
    await using var command = new NpgsqlCommand(sql, admin);
    await command.ExecuteNonQueryAsync();
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Siberindo.slnx"))) return dir.FullName;
    return Directory.GetCurrentDirectory();
}

/// <summary>The product's search services of one request.</summary>
sealed class Searcher(IServiceProvider services)
{
    private ArticleSearch Search => services.GetRequiredService<ArticleSearch>();
    public Task<SearchResults> SearchAsync(string q, SearchFilters f, int page, int size) => Search.SearchAsync(q, f, page, size);
    public Task<List<SearchListing>> TopArticlesAsync(string q, SearchFilters f, int limit) => Search.TopArticlesAsync(q, f, limit);
    public Task<List<RankedArticle>> RankOnlyAsync(string q, int take) =>
        services.GetRequiredService<ISearchStore>().RankAsync(Siberindo.Core.Search.SearchQuery.Parse(q), SearchFilters.None, take, default);
}
