using Microsoft.EntityFrameworkCore;
using Siberindo.Crawling;
using Siberindo.Demo;
using Siberindo.Outlets;
using Siberindo.Regions;
using Siberindo.Storage;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Crawling;

/// <summary>The crawler against the simulated member network on loopback (some of its feeds are broken on purpose).</summary>
public sealed class CrawlerTests
{
    private static readonly string[] Loopback = ["--Crawler:AllowLoopback=true", "--Crawler:RequestTimeout=00:00:02"];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_new_articles_once_and_marks_broken_feeds_with_the_reason(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, Loopback);
        await using var network = await StartNetworkAsync(app, outlets: 40);
        var feedIds = await app.WithDbAsync(db => db.Feeds.Select(f => f.Id).ToListAsync());

        var first = await PollAllAsync(app, feedIds);
        var stored = await app.WithDbAsync(db => db.Articles.CountAsync());
        var second = await PollAllAsync(app, feedIds);

        var broken = network.World.Outlets.Where(o => o.Breakage != DemoBreakage.None).Select(o => o.Slug).ToHashSet();
        Assert.NotEmpty(broken);
        Assert.All(first.Where(r => r.Slug is not null && !broken.Contains(r.Slug)), r => Assert.True(r.Report.Success, r.Report.Error));
        Assert.True(stored >= (40 - broken.Count) * DemoWorld.FeedLength * 0.9, $"only {stored} articles stored");
        // A second poll finds the same entries (or a 304): nothing is stored twice.
        var afterSecond = await app.WithDbAsync(db => db.Articles.CountAsync());
        Assert.InRange(afterSecond - stored, 0, second.Sum(r => r.Report.NewArticles));
        var duplicates = await app.WithDbAsync(db => db.Articles.GroupBy(a => new { a.OutletId, a.Guid }).CountAsync(g => g.Count() > 1));
        Assert.Equal(0, duplicates);

        var feeds = await app.WithDbAsync(db => db.Feeds.Include(f => f.Outlet).ToListAsync());
        string ErrorOf(DemoBreakage kind) => feeds.Single(f => f.Outlet!.Slug == network.World.Outlets.First(o => o.Breakage == kind).Slug).LastError!;
        Assert.Contains("HTML page", ErrorOf(DemoBreakage.AnswersHtml));
        Assert.Contains("404", ErrorOf(DemoBreakage.NotFound));
        Assert.Contains("500", ErrorOf(DemoBreakage.ServerError));
        Assert.Contains("within 2 seconds", ErrorOf(DemoBreakage.Hangs));
        Assert.All(feeds.Where(f => broken.Contains(f.Outlet!.Slug)), f =>
        {
            Assert.Equal(FeedHealth.Unhealthy, f.Health);
            Assert.Equal(2, f.ConsecutiveFailures);
            Assert.True(f.NextPollAt > DateTime.UtcNow, "a failing feed stays scheduled");
        });
        Assert.All(feeds.Where(f => !broken.Contains(f.Outlet!.Slug)), f => Assert.Equal(FeedHealth.Healthy, f.Health));
    }

    [Fact]
    public async Task The_background_crawler_fills_the_portal_while_a_hanging_feed_times_out()
    {
        await using var app = await TestApp.StartAsync("Sqlite", [.. Loopback, "--Crawler:Enabled=true", "--Crawler:Concurrency=4"]);
        await using var network = await StartNetworkAsync(app, outlets: 30);
        var healthy = network.World.Outlets.Count(o => o.Breakage == DemoBreakage.None);

        var outletsWithNews = 0;
        await Eventually.TrueAsync(async () =>
                (outletsWithNews = await app.WithDbAsync(db => db.Articles.Select(a => a.OutletId).Distinct().CountAsync())) >= healthy,
            // Alone this takes 10-12 s; the limit is for a loaded 2-core CI machine running the suite in parallel. The
            // hanging feed would hold its worker for 5 minutes, so any limit well under that still proves it does not.
            TimeSpan.FromSeconds(150), $"news from all {healthy} healthy outlets");
        Assert.Equal(healthy, outletsWithNews);
    }

    [Fact]
    public async Task Refuses_loopback_feeds_unless_configured_to_allow_them()
    {
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=false");
        await using var network = await StartNetworkAsync(app, outlets: 2);
        var feedId = await app.WithDbAsync(db => db.Feeds.Select(f => f.Id).FirstAsync());

        var report = await app.WithServiceAsync<FeedPoller, PollReport>(p => p.PollAsync(feedId, CancellationToken.None));

        Assert.False(report.Success);
        Assert.Contains("Refused to connect", report.Error);
        Assert.Contains("loopback", report.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    private static Task<DemoNetwork> StartNetworkAsync(TestApp app, int outlets) => DemoNetworks.StartSeededAsync(app, outlets);

    private static async Task<List<(string? Slug, PollReport Report)>> PollAllAsync(TestApp app, List<int> feedIds)
    {
        var reports = await Task.WhenAll(feedIds.Select(id => app.WithServiceAsync<FeedPoller, PollReport>(p => p.PollAsync(id, CancellationToken.None))));
        var slugs = await app.WithDbAsync(db => db.Feeds.Select(f => new { f.Id, f.Outlet!.Slug }).ToDictionaryAsync(x => x.Id, x => x.Slug));
        return reports.Select(r => ((string?)slugs.GetValueOrDefault(r.FeedId), r)).ToList();
    }
}
