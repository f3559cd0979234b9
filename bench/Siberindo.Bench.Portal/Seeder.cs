using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Demo;
using Siberindo.Hosting;
using Siberindo.Outlets;
using Siberindo.Regions;
using Siberindo.Search;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.Bench.Portal;

/// <summary>
/// Fills a database with the demo network's outlets and N of their articles spread over the last D days, through
/// <see cref="ArticleIngestor"/> (so every ingest stage runs), puts them into stories as the story worker would, and
/// reports both rates.
/// </summary>
internal static class Seeder
{
    public static async Task<int> RunAsync(string[] args)
    {
        var db = Options.Get(args, "--db");
        var total = int.Parse(Options.Get(args, "--articles"));
        var days = int.Parse(Options.Get(args, "--days", "365"));
        var app = SiberindoApp.Build(SiberindoApp.CreateBuilder([$"--ConnectionStrings:Siberindo=Data Source={db}", "--Logging:LogLevel:Default=Warning"]));
        await app.Services.InitializeDatabaseAsync();
        var world = new DemoWorld(app.Services.GetRequiredService<RegionCatalog>(), 240);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sdb = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            if (await sdb.Articles.AnyAsync()) { Console.Error.WriteLine($"{db} already has articles"); return 1; }
            // The demo command reuses these outlets (same slugs) and points them at its network.
            await using var network = await DemoNetwork.StartAsync(world, 0, TimeProvider.System);
            await DemoSeeder.SeedAsync(sdb, network);
        }

        var outlets = await WithDb(app, d => d.Outlets.AsNoTracking().ToDictionaryAsync(o => o.Slug));
        var now = DateTimeOffset.UtcNow;
        var perOutlet = (total + world.Outlets.Count - 1) / world.Outlets.Count;
        var clock = Stopwatch.StartNew();
        var (searchTime, storyTime) = (TimeSpan.Zero, TimeSpan.Zero);
        var search = app.Services.GetRequiredService<SearchIndexer>();
        var stories = app.Services.GetRequiredService<StoryAssigner>();
        var stored = 0;
        // Oldest first, as they would have arrived: a batch per outlet per step, then the two stages over the step,
        // as the worker's background stages would do them (in large batches).
        const int PerOutletStep = 200;
        for (var step = perOutlet - 1; step >= 0 && stored < total; step -= PerOutletStep)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
            foreach (var demo in world.Outlets)
            {
                var last = world.LastNumber(demo, now);
                var batch = new List<IncomingArticle>();
                for (var k = step; k > step - PerOutletStep && k >= 0 && stored + batch.Count < total; k--)
                {
                    var a = world.Article(demo, last - (long)(k * (days * 24.0 * 60 / perOutlet) / demo.Period.TotalMinutes));
                    batch.Add(new IncomingArticle($"{demo.Slug}-{a.Number}", $"http://127.0.0.1:5081/{demo.Slug}/artikel/{a.Number}",
                        a.Title, $"<p>{System.Net.WebUtility.HtmlEncode(a.Paragraphs[0])}</p>", string.Join("\n\n", a.Paragraphs), null, a.Published.UtcDateTime));
                }
                stored += (await ingestor.IngestAsync(outlets[demo.Slug], null, batch)).Count;
            }
            var stage = Stopwatch.StartNew();
            await search.RunPendingAsync(default);
            searchTime += stage.Elapsed;
            stage.Restart();
            await stories.AssignPendingAsync();
            storyTime += stage.Elapsed;
            Console.Error.Write($"\r{stored:N0} articles, {stored / clock.Elapsed.TotalSeconds:N0}/s   ");
        }
        Console.Error.WriteLine();
        await search.ReleaseAsync(default);
        await stories.ReleaseAsync();
        var ingestTime = clock.Elapsed - searchTime - storyTime;
        Console.WriteLine($"seeded {stored} articles in {clock.Elapsed.TotalSeconds:N0} s: ingest {ingestTime.TotalSeconds:N0} s ({stored / ingestTime.TotalSeconds:N0} articles/s), " +
            $"search indexing {searchTime.TotalSeconds:N0} s ({stored / searchTime.TotalSeconds:N0} articles/s), " +
            $"story assignment {storyTime.TotalSeconds:N0} s ({stored / storyTime.TotalSeconds:N0} articles/s)");
        await app.DisposeAsync();
        return 0;
    }

    private static async Task<T> WithDb<T>(WebApplication app, Func<SiberindoDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SiberindoDb>());
    }
}
