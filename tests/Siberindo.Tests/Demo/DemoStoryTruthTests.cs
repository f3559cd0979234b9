using Microsoft.EntityFrameworkCore;
using Siberindo.Crawling;
using Siberindo.Demo;
using Siberindo.Regions;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Demo;

/// <summary>
/// The README's demo tells the truth: its network knows which articles report one event (<see cref="DemoArticle.EventId"/>),
/// and after fifteen minutes of crawling the whole 240-outlet network through the real pipeline (fetch, parse, ingest,
/// story assignment) no story mixes two events and every republished release is one story.
/// </summary>
public sealed class DemoStoryTruthTests
{
    private static readonly string[] Loopback = ["--Crawler:AllowLoopback=true", "--Crawler:RequestTimeout=00:00:02"];

    [Fact]
    public async Task After_fifteen_minutes_of_the_demo_every_story_is_one_event_and_each_release_one_story()
    {
        await using var app = await TestApp.StartAsync("Sqlite", Loopback);
        var world = new DemoWorld(app.Services.GetRequiredService<RegionCatalog>(), 240);
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        await using var network = await DemoNetwork.StartAsync(world, 0, clock);
        await app.WithDbAsync(db => DemoSeeder.SeedAsync(db, network));
        var feedIds = await app.WithDbAsync(db => db.Feeds.Select(f => f.Id).ToListAsync());

        // As the demo's crawler meets the network: a first poll of every feed, then new articles every few minutes.
        for (var minute = 0; minute <= 15; minute += 5)
        {
            clock.Now = clock.Start.AddMinutes(minute);
            await Task.WhenAll(feedIds.Select(id => app.WithServiceAsync<FeedPoller, PollReport>(p => p.PollAsync(id, CancellationToken.None))));
        }
        await app.WithServiceAsync<StoryAssigner, int?>(a => a.AssignPendingAsync());

        var articles = await app.WithDbAsync(db => db.Articles
            .Select(a => new { a.Guid, Outlet = a.Outlet!.Slug, a.StoryId }).ToListAsync());
        Assert.True(articles.Count > 2000, $"only {articles.Count} articles crawled");
        Assert.All(articles, a => Assert.NotNull(a.StoryId));
        var eventOf = articles.ToDictionary(a => a.Guid, a => world.Article(world.Outlet(a.Outlet)!, NumberOf(a.Guid)).EventId);

        var mixed = articles.GroupBy(a => a.StoryId)
            .Where(story => story.Select(a => eventOf[a.Guid]).Distinct().Count() > 1)
            .Select(story => $"story {story.Key}: {string.Join(", ", story.Select(a => eventOf[a.Guid]).Distinct().Take(5))}")
            .ToList();
        Assert.True(mixed.Count == 0, $"{mixed.Count} stories mix events:\n{string.Join("\n", mixed.Take(10))}");

        var releases = articles.Where(a => eventOf[a.Guid].StartsWith("release-")).GroupBy(a => eventOf[a.Guid]).ToList();
        Assert.Contains(releases, r => r.Count() > 1);
        var split = releases.Where(r => r.Select(a => a.StoryId).Distinct().Count() > 1).Select(r => r.Key).ToList();
        Assert.True(split.Count == 0, $"{split.Count} releases in several stories: {string.Join(", ", split.Take(10))}");

        // What the home page says: a card's "+N media lain" is the other outlets of one true event.
        var stories = await app.WithDbAsync(db => db.Set<Story>().ToDictionaryAsync(s => s.Id, s => s.OutletCount));
        foreach (var release in releases)
            Assert.Equal(release.Select(a => a.Outlet).Distinct().Count(), stories[release.First().StoryId!.Value]);
    }

    // RSS guids are "{slug}-{number}", Atom ids "tag:demo,{slug}:{number}".
    private static long NumberOf(string guid) => long.Parse(guid[(guid.LastIndexOfAny(['-', ':']) + 1)..]);

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Start { get; } = start;
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
