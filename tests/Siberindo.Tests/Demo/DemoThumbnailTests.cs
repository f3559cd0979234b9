using Microsoft.EntityFrameworkCore;
using Siberindo.Crawling;
using Siberindo.Demo;
using Siberindo.Regions;
using Siberindo.Tests.Infrastructure;
using Siberindo.Tests.Thumbnails;
using Siberindo.Thumbnails;

namespace Siberindo.Tests.Demo;

/// <summary>The demo network shows cards with pictures, from feeds and from article pages, and pictures the portal refuses.</summary>
public sealed class DemoThumbnailTests
{
    [Fact]
    public async Task The_demo_gives_thumbnails_from_feeds_and_pages_and_its_bad_pictures_are_refused()
    {
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=true");
        await using var network = await DemoNetworks.StartSeededAsync(app, 16);
        var world = network.World;
        var feedIds = await app.WithDbAsync(db => db.Feeds.Select(f => f.Id).ToListAsync());
        foreach (var id in feedIds) await app.WithServiceAsync<FeedPoller, PollReport>(p => p.PollAsync(id, CancellationToken.None));
        // The full-text workers are off in tests: fetch the queued article pages as they would.
        var queue = app.Services.GetRequiredService<FullTextQueue>();
        var fullText = app.Services.GetRequiredService<FullTextService>();
        while (queue.Reader.TryRead(out var job)) await fullText.FetchAsync(job, CancellationToken.None);

        await ThumbnailPipelineTests.RunStageAsync(app);

        var rows = await app.WithDbAsync(db => db.Set<ArticleThumbnail>().AsNoTracking()
            .Select(t => new { t.State, t.Error, t.SourceUrl, t.Webp, Outlet = t.Article!.Outlet!.Slug }).ToListAsync());
        var byKind = rows.GroupBy(r => world.Outlet(r.Outlet)!.Pictures).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal([DemoPictures.InFeed, DemoPictures.OnPage, DemoPictures.Refusable], byKind.Keys.Order());
        foreach (var kind in new[] { DemoPictures.InFeed, DemoPictures.OnPage })
            Assert.All(byKind[kind], r =>
            {
                Assert.True(r.State == ThumbnailState.Stored, $"{r.SourceUrl}: {r.State} {r.Error}");
                Assert.InRange(r.Webp!.Length, 1, 15_000);
            });
        Assert.Contains(byKind[DemoPictures.InFeed], r => r.SourceUrl.EndsWith(".jpg"));
        Assert.Contains(byKind[DemoPictures.InFeed], r => r.SourceUrl.EndsWith(".png"));
        var refused = byKind[DemoPictures.Refusable];
        Assert.All(refused, r => Assert.Equal(ThumbnailState.Refused, r.State));
        Assert.Contains(refused, r => r.SourceUrl.EndsWith("jahat.svg") && r.Error!.Contains("SVG"));
        Assert.Contains(refused, r => r.SourceUrl.EndsWith("bom.png") && r.Error!.Contains("100000 x 100000"));
        Assert.Contains(refused, r => r.SourceUrl.EndsWith("palsu.jpg") && r.Error!.Contains("HTML page"));

        var home = await app.Client().GetStringAsync("/");
        Assert.Contains("<img class=\"thumb\" src=\"/gambar/", home);
        Assert.DoesNotContain(network.BaseUrl, home);
    }
}
