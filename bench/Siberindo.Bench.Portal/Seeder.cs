using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Core.Text;
using Siberindo.Demo;
using Siberindo.Core.Stories;
using Siberindo.Hosting;
using Siberindo.Outlets;
using Siberindo.Regions;
using Siberindo.Search;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.Bench.Portal;

/// <summary>
/// Fills a database with the demo network's outlets and N of their articles spread over the last D days, through
/// the product's own paths: the weeks a story index can still match through <see cref="ArticleIngestor"/> and both
/// stages (search indexing, story assignment) as a worker runs them; the older archive in bulk, each article its own
/// story, indexed by the search stage. Reports the rates.
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
        var search = app.Services.GetRequiredService<SearchIndexer>();
        var stories = app.Services.GetRequiredService<StoryAssigner>();
        // What a story index can still match (copy horizon + story window, and a day to spare) goes through the whole
        // ingest path; older archive goes in bulk as single-article stories.
        var defaults = new StoryIndexOptions();
        var recentFrom = (now - defaults.CopyHorizon - defaults.StoryWindow - TimeSpan.FromDays(1)).UtcDateTime;
        IEnumerable<(DemoOutlet Outlet, IncomingArticle Article)> Generate(int from, int count)
        {
            foreach (var demo in world.Outlets)
            {
                var last = world.LastNumber(demo, now);
                for (var k = from; k > from - count && k >= 0; k--)
                {
                    var a = world.Article(demo, last - (long)(k * (days * 24.0 * 60 / perOutlet) / demo.Period.TotalMinutes));
                    yield return (demo, new IncomingArticle($"{demo.Slug}-{a.Number}", $"http://127.0.0.1:5081/{demo.Slug}/artikel/{a.Number}",
                        a.Title, $"<p>{System.Net.WebUtility.HtmlEncode(a.Paragraphs[0])}</p>", string.Join("\n\n", a.Paragraphs), null, a.Published.UtcDateTime));
                }
            }
        }

        var clock = Stopwatch.StartNew();
        var stored = 0;
        const int PerOutletStep = 200;
        for (var step = perOutlet - 1; step >= 0 && stored < total; step -= PerOutletStep)
        {
            var archive = Generate(step, PerOutletStep).Where(x => x.Article.Published < recentFrom).Take(total - stored).ToList();
            stored += await StoreArchiveAsync(app, outlets, archive, now.UtcDateTime);
            Console.Error.Write($"\rarchive: {stored:N0} articles, {stored / clock.Elapsed.TotalSeconds:N0}/s   ");
        }
        var archiveTime = clock.Elapsed;
        Console.Error.WriteLine();

        // The recent weeks, oldest first as they would have arrived: a batch per outlet per step through the ingestor,
        // then the two stages over the step, in large batches as the worker's background stages do them.
        var (searchTime, storyTime, recentTime) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        var recentStored = 0;
        for (var step = perOutlet - 1; step >= 0 && stored < total; step -= PerOutletStep)
        {
            var recent = Generate(step, PerOutletStep).Where(x => x.Article.Published >= recentFrom).ToList();
            if (recent.Count == 0) continue;
            var ingest = Stopwatch.StartNew(); // the ingest alone, not generating the articles
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var ingestor = scope.ServiceProvider.GetRequiredService<ArticleIngestor>();
                foreach (var group in recent.GroupBy(x => x.Outlet.Slug))
                {
                    var batch = group.Select(x => x.Article).Take(total - stored).ToList();
                    if (batch.Count == 0) break;
                    var added = (await ingestor.IngestAsync(outlets[group.Key], null, batch)).Stored.Count;
                    stored += added;
                    recentStored += added;
                }
            }
            recentTime += ingest.Elapsed;
            var stage = Stopwatch.StartNew();
            await search.RunPendingAsync(default);
            searchTime += stage.Elapsed;
            stage.Restart();
            await stories.AssignPendingAsync();
            storyTime += stage.Elapsed;
            Console.Error.Write($"\rrecent: {recentStored:N0} articles   ");
        }
        var indexing = Stopwatch.StartNew();
        await search.RunPendingAsync(default); // whatever is still queued
        searchTime += indexing.Elapsed;
        Console.Error.WriteLine();
        await search.ReleaseAsync(default);
        await stories.ReleaseAsync();
        Console.WriteLine($"seeded {stored:N0} articles in {clock.Elapsed.TotalSeconds:N0} s: {stored - recentStored:N0} archive articles (published before {recentFrom:yyyy-MM-dd}) " +
            $"in bulk as single-article stories in {archiveTime.TotalSeconds:N0} s; {recentStored:N0} recent ones through the ingestor in {recentTime.TotalSeconds:N0} s " +
            $"({recentStored / recentTime.TotalSeconds:N0} articles/s), story assignment {storyTime.TotalSeconds:N0} s ({recentStored / storyTime.TotalSeconds:N0} articles/s); " +
            $"search indexing of all {searchTime.TotalSeconds:N0} s ({stored / searchTime.TotalSeconds:N0} articles/s)");
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>Archive articles with their search queue entries, each its own story (as the assigner would leave an
    /// article that copies nothing and joins nothing), in one transaction per chunk.</summary>
    private static async Task<int> StoreArchiveAsync(WebApplication app, Dictionary<string, Outlet> outlets,
        List<(DemoOutlet Outlet, IncomingArticle Article)> archive, DateTime now)
    {
        foreach (var chunk in archive.Chunk(5000))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var articles = chunk.Select(x => new Article
            {
                OutletId = outlets[x.Outlet.Slug].Id, Guid = x.Article.Guid, Url = x.Article.Url, Title = x.Article.Title,
                Summary = x.Article.Summary, Excerpt = ArticleText.Excerpt(x.Article.Body, x.Article.Summary), Body = x.Article.Body,
                Published = x.Article.Published!.Value, Fetched = x.Article.Published!.Value, ProvinceCode = outlets[x.Outlet.Slug].ProvinceCode,
            }).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Articles.AddRange(articles);
            db.AddRange(articles.Select(a => new SearchQueueEntry { Article = a }));
            await db.SaveChangesAsync();
            foreach (var a in articles)
            {
                a.StoryId = a.Id;
                db.Entry(a).Property(x => x.StoryId).IsModified = true;
                db.Add(new Story { Id = a.Id, Title = a.Title, SourceArticleId = a.Id, FirstPublished = a.Published, LastPublished = a.Published,
                    ArticleCount = 1, OutletCount = 1, Updated = now });
            }
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        return archive.Count;
    }

    private static async Task<T> WithDb<T>(WebApplication app, Func<SiberindoDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SiberindoDb>());
    }
}
