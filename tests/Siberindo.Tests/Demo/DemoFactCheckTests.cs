using Microsoft.EntityFrameworkCore;
using Siberindo.Crawling;
using Siberindo.Demo;
using Siberindo.FactChecks;
using Siberindo.Regions;
using Siberindo.Search;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Demo;

/// <summary>
/// The demo shows fact-check labels: its network's articles about the demo desk's hoax, crawled like every other
/// (feeds carry the lead only), are labelled "Cek fakta: HOAKS" on their cards and story page, the one that checks it
/// "Memeriksa klaim", and nothing else of the network is labelled.
/// </summary>
public sealed class DemoFactCheckTests
{
    static readonly string[] Loopback = ["--Crawler:AllowLoopback=true", "--Crawler:RequestTimeout=00:00:02"];

    [Fact]
    public async Task The_demo_hoaxs_articles_carry_its_label_and_no_other_demo_article_does()
    {
        await using var app = await TestApp.StartAsync("Sqlite", Loopback);
        var world = new DemoWorld(app.Services.GetRequiredService<RegionCatalog>(), 240);
        var at = FirstHourWithTheHoaxInFeeds(world, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using var network = await DemoNetwork.StartAsync(world, 0, new FixedClock(at));
        await app.WithDbAsync(db => DemoSeeder.SeedAsync(db, network));
        Assert.Equal(2, await DemoFactCheckSeeder.SeedAsync(app.Services, TimeProvider.System));
        var stage = app.Services.GetRequiredService<MatchStage>();
        await stage.RunPendingAsync(CancellationToken.None);

        var feedIds = await app.WithDbAsync(db => db.Feeds.Select(f => f.Id).ToListAsync());
        await Task.WhenAll(feedIds.Select(id => app.WithServiceAsync<FeedPoller, PollReport>(p => p.PollAsync(id, CancellationToken.None))));
        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(60));
        await stage.RunPendingAsync(CancellationToken.None);
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(60));

        var articles = await app.WithDbAsync(db => db.Articles.Select(a => new { a.Id, a.Guid, Outlet = a.Outlet!.Slug, a.StoryId }).ToListAsync());
        var hoaxOf = articles.ToDictionary(a => a.Id, a => world.Article(world.Outlet(a.Outlet)!, NumberOf(a.Guid)) is var d && d.EventId == DemoWorld.HoaxEvent
            ? d.Title.StartsWith("Dinas Sosial", StringComparison.Ordinal) ? "check" : "repeat" : null);
        var demoHoax = await app.WithDbAsync(db => db.Set<FactCheck>().SingleAsync(f => f.ExternalId == "demo-1"));
        var labels = await app.WithDbAsync(db => db.Set<FactCheckMatch>().Where(m => m.State == MatchState.Labelled)
            .ToDictionaryAsync(m => m.ArticleId, m => (m.FactCheckId, m.Relation)));

        var repeats = hoaxOf.Where(h => h.Value == "repeat").Select(h => h.Key).ToList();
        var checks = hoaxOf.Where(h => h.Value == "check").Select(h => h.Key).ToList();
        Assert.True(repeats.Count >= 2 && checks.Count >= 1, $"{repeats.Count} repeats, {checks.Count} checks crawled");
        Assert.All(repeats, id => Assert.Equal((demoHoax.Id, MatchRelation.Repeats), labels.GetValueOrDefault(id)));
        Assert.All(checks, id => Assert.Equal((demoHoax.Id, MatchRelation.Debunks), labels.GetValueOrDefault(id)));
        var others = labels.Keys.Where(id => hoaxOf[id] is null).ToList();
        Assert.True(others.Count == 0, $"{others.Count} of {articles.Count} other demo articles labelled");

        // The label on a card (the outlet's page) and on the story page.
        var repeat = articles.Single(a => a.Id == repeats[0]);
        // The demo's title opens with "[HOAKS]", which the label has just said: it is not said twice.
        Assert.StartsWith("[HOAKS] ", demoHoax.Title);
        var label = $"Cek fakta: <strong>HOAKS</strong> - {demoHoax.Title["[HOAKS] ".Length..]}";
        Assert.Contains(label, System.Net.WebUtility.HtmlDecode(await app.Client().GetStringAsync($"/media/{repeat.Outlet}")));
        using var following = app.Client(followRedirects: true);
        Assert.Contains(label, System.Net.WebUtility.HtmlDecode(await following.GetStringAsync($"/berita/{repeat.StoryId}/x")));
    }

    /// <summary>The first whole hour from <paramref name="start"/> at which the working feeds hold at least two articles
    /// passing the hoax on and one checking it (the world is a function of time, so this is the same in every run).</summary>
    static DateTimeOffset FirstHourWithTheHoaxInFeeds(DemoWorld world, DateTimeOffset start)
    {
        for (var at = start; ; at = at.AddHours(1))
        {
            var hoax = world.Outlets.Where(o => o.Breakage is DemoBreakage.None or DemoBreakage.Slow)
                .SelectMany(o => world.Latest(o, at)).Where(a => a.EventId == DemoWorld.HoaxEvent).ToList();
            var checks = hoax.Count(a => a.Title.StartsWith("Dinas Sosial", StringComparison.Ordinal));
            if (checks >= 1 && hoax.Count - checks >= 2) return at;
        }
    }

    // RSS guids are "{slug}-{number}", Atom ids "tag:demo,{slug}:{number}".
    static long NumberOf(string guid) => long.Parse(guid[(guid.LastIndexOfAny(['-', ':']) + 1)..]);

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
