using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Siberindo.Crawling;
using Siberindo.Demo;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Search;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.Bench.Ingestion;

/// <summary>
/// The real crawler (CrawlerService, FeedPoller, ArticleIngestor on SQLite) against a simulated member network of
/// thousands of feeds on loopback, some slow, some broken. Round 1 stores every feed's articles (end-to-end ingest);
/// later rounds make every feed due again, and most answer 304 to the conditional GET (poll throughput).
/// The network runs in the same process, so CPU and memory include serving the feeds too.
/// </summary>
internal static class CrawlBenchmark
{
    public sealed record Settings(int Feeds, int Rounds, int Concurrency, int SlowEvery, TimeSpan SlowDelay, string Database, string[] Configuration);

    public static async Task<int> RunAsync(Settings s)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(s.Database + suffix);
        string[] args =
        [
            $"--ConnectionStrings:Siberindo=Data Source={s.Database}",
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            "--Crawler:AllowLoopback=true",
            $"--Crawler:Concurrency={s.Concurrency}",
            // Real members are on thousands of hosts; the simulated network is one loopback host.
            $"--Crawler:PerHostConcurrency={s.Concurrency}",
            "--Crawler:RequestTimeout=00:00:05",
            "--Crawler:ConnectTimeout=00:00:05",
            .. s.Configuration,
        ];
        var app = SiberindoApp.Build(SiberindoApp.CreateBuilder(args));
        var world = new DemoWorld(app.Services.GetRequiredService<RegionCatalog>(), s.Feeds, slowEvery: s.SlowEvery);
        await using var network = await DemoNetwork.StartAsync(world, 0, TimeProvider.System, slowDelay: s.SlowDelay);
        await app.Services.InitializeDatabaseAsync();
        await using (var scope = app.Services.CreateAsyncScope())
            await DemoSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<SiberindoDb>(), network);

        var broken = world.Outlets.Count(o => o.Breakage is not (DemoBreakage.None or DemoBreakage.Slow));
        var slow = world.Outlets.Count(o => o.Breakage == DemoBreakage.Slow);
        Console.WriteLine($"crawl: {s.Feeds:N0} feeds ({slow} slow by {s.SlowDelay.TotalSeconds:0.#} s, {broken} broken: HTML, 404, 500, hanging), " +
                          $"{s.Concurrency} workers, SQLite at {s.Database}, {Environment.ProcessorCount} cores");

        var statistics = app.Services.GetRequiredService<CrawlStatistics>();
        var process = Process.GetCurrentProcess();
        var rounds = new List<string>();
        await app.StartAsync(); // The crawler begins with every feed due.
        for (var round = 1; round <= s.Rounds; round++)
        {
            if (round > 1)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
                var now = DateTime.UtcNow;
                await db.Feeds.ExecuteUpdateAsync(f => f.SetProperty(x => x.NextPollAt, now));
            }
            process.Refresh();
            var (polls0, articles0, failures0, cpu0) = (statistics.Polls, statistics.NewArticles, statistics.Failures, process.TotalProcessorTime);
            var notModified0 = await CountNotModifiedAsync(app);
            var watch = Stopwatch.StartNew();
            while (statistics.Polls - polls0 < s.Feeds)
            {
                await Task.Delay(50);
                if (watch.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"round {round} did not finish");
            }
            watch.Stop();
            process.Refresh();
            var polls = statistics.Polls - polls0;
            var articles = statistics.NewArticles - articles0;
            var cpu = process.TotalProcessorTime - cpu0;
            var line = $"round {round}: {polls:N0} polls in {watch.Elapsed.TotalSeconds:0.0} s = {polls / watch.Elapsed.TotalMinutes:N0} polls/min; " +
                       $"{articles:N0} new articles = {articles / watch.Elapsed.TotalSeconds:N0} articles/s; {statistics.Failures - failures0:N0} failed; " +
                       $"CPU {cpu.TotalSeconds:0.0} s ({cpu / watch.Elapsed * 100:0}% of one core)";
            Console.WriteLine(line);
            rounds.Add(line);
            if (articles > 0)
            {
                // Search indexing and story assignment follow ingest in their own stages; time until they caught up.
                // The backlog when the round ended tells a stage that fell behind from one that was slow to finish.
                var (searchBacklog, storyBacklog) = await BacklogsAsync(app);
                var (searchLag, lag) = await StagesCaughtUpAsync(app);
                process.Refresh();
                var all = watch.Elapsed + lag;
                Console.WriteLine($"  when the round ended: {searchBacklog:N0} articles queued for search, {storyBacklog:N0} for stories");
                Console.WriteLine($"  search index caught up {searchLag.TotalSeconds:0.0} s after the round, stories {lag.TotalSeconds:0.0} s: " +
                                  $"{articles / all.TotalSeconds:N0} articles/s through every stage; CPU with the stages {(process.TotalProcessorTime - cpu0).TotalSeconds:0.0} s");
            }
        }
        var notModified = await CountNotModifiedAsync(app);
        var stored = await CountArticlesAsync(app);
        process.Refresh();
        Console.WriteLine($"stored articles: {stored:N0}; feeds whose last answer was 304: {notModified:N0}; " +
                          $"peak RSS {process.PeakWorkingSet64 / (1024.0 * 1024):0} MB; GC heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):0} MB");
        await app.StopAsync();
        await app.DisposeAsync();
        return 0;
    }

    private static async Task<(int Search, int Stories)> BacklogsAsync(WebApplication app) =>
        (await app.Services.GetRequiredService<SearchIndexer>().PendingCountAsync(default),
         await app.Services.GetRequiredService<StoryAssigner>().PendingCountAsync(default));

    /// <summary>How long after the round the search stage, then the story stage, had nothing left to do.</summary>
    private static async Task<(TimeSpan Search, TimeSpan Stories)> StagesCaughtUpAsync(WebApplication app)
    {
        var watch = Stopwatch.StartNew();
        var search = app.Services.GetRequiredService<SearchIndexer>();
        var stories = app.Services.GetRequiredService<StoryAssigner>();
        async Task UntilAsync(Func<Task<bool>> done, string stage)
        {
            while (!await done())
            {
                await Task.Delay(50);
                if (watch.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"the {stage} stage did not catch up");
            }
        }
        await UntilAsync(async () => await search.PendingCountAsync(default) == 0, "search");
        var searchLag = watch.Elapsed;
        await UntilAsync(async () => !stories.Enabled || await stories.PendingCountAsync(default) == 0, "story");
        return (searchLag, watch.Elapsed);
    }

    private static async Task<int> CountNotModifiedAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SiberindoDb>().Feeds.CountAsync(f => f.LastStatusCode == 304);
    }

    private static async Task<int> CountArticlesAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SiberindoDb>().Articles.CountAsync();
    }
}
