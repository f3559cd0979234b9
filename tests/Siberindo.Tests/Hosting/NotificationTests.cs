using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Siberindo.Articles;
using Siberindo.Hosting;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Hosting;

/// <summary>Writers publish what changed; the features that cache it evict their own pages.</summary>
public sealed class NotificationTests
{
    /// <summary>Counts evictions per tag; holds nothing.</summary>
    sealed class EvictionLog : IOutputCacheStore
    {
        public readonly List<string> Evicted = [];
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Evicted.Add(tag);
            return ValueTask.CompletedTask;
        }
        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);
        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Marks_between_two_ticks_make_one_eviction_on_each_of_the_next_two_ticks()
    {
        var log = new EvictionLog();
        var evictions = new CoalescedEviction(log, NullLogger<CoalescedEviction>.Instance);
        for (var i = 0; i < 10; i++) evictions.Mark("articles");
        evictions.Mark("statistik");
        await evictions.EvictIfPendingAsync(default);
        Assert.Equal(["articles", "statistik"], log.Evicted.Order());
        await evictions.EvictIfPendingAsync(default);
        Assert.Equal(4, log.Evicted.Count);
        await evictions.EvictIfPendingAsync(default);
        Assert.Equal(4, log.Evicted.Count); // nothing marked since: nothing evicted
    }

    [Fact]
    public async Task Subscribers_are_resolved_when_published_and_a_synchronous_publish_refuses_an_asynchronous_subscriber()
    {
        var services = new ServiceCollection().AddNotifications();
        var log = new EvictionLog();
        services.AddSingleton(log);
        services.Subscribe<ArticlesChanged, EvictionLog>((l, _) => l.Evicted.Add("articles"));
        services.SubscribeAsync<StoryChanged, EvictionLog>((l, change, ct) => l.EvictByTagAsync($"story-{change.StoryId}", ct));
        await using var provider = services.BuildServiceProvider();
        var notifications = provider.GetRequiredService<Notifications>();

        notifications.Publish(new ArticlesChanged());
        await notifications.PublishAsync(new StoryChanged(7));
        notifications.Publish(new RecordChanged("Member")); // no subscriber: nothing happens
        Assert.Equal(["articles", "story-7"], log.Evicted);
        // A subscriber that is still working when Publish returns would be lost: Publish refuses it.
        services.SubscribeAsync<ArticlesStored, EvictionLog>(async (l, _, ct) => { await Task.Delay(TimeSpan.FromSeconds(5), ct); l.Evicted.Add("late"); });
        await using var second = services.BuildServiceProvider();
        Assert.Throws<InvalidOperationException>(() => second.GetRequiredService<Notifications>().Publish(new ArticlesStored()));
    }

    [Fact]
    public async Task A_feeds_revision_evicts_its_storys_page_at_once_and_the_lists_on_the_next_tick()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, outlet, ("r1", "Banjir rendam Serang", DateTime.UtcNow.AddMinutes(-5)));
        await app.Services.GetRequiredService<StoryAssigner>().AssignPendingAsync();
        var story = await app.WithDbAsync(db => db.Articles.Where(a => a.Guid == "r1").Select(a => a.StoryId!.Value).SingleAsync());
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        var evictions = app.Services.GetRequiredService<CoalescedEviction>();
        await evictions.EvictIfPendingAsync(default);
        await evictions.EvictIfPendingAsync(default); // what storing the article asked for is done
        await store.SetAsync("story", [1], [StoryPages.Tag(story)], TimeSpan.FromMinutes(5), default);
        await store.SetAsync("other-story", [1], [StoryPages.Tag(story + 1)], TimeSpan.FromMinutes(5), default);
        await store.SetAsync("home", [1], [Siberindo.Portal.PortalExtensions.ArticlesTag], TimeSpan.FromMinutes(5), default);

        // The ingestor knows neither Portal nor Stories: it publishes, and they evict.
        await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            [new IncomingArticle("r1", $"{outlet.Website}/r1", "Banjir rendam Serang, ribuan mengungsi", "<p>Ringkasan baru</p>", null, null, DateTime.UtcNow)]));

        Assert.Null(await store.GetAsync("story", default));
        Assert.NotNull(await store.GetAsync("other-story", default));
        await evictions.EvictIfPendingAsync(default);
        Assert.Null(await store.GetAsync("home", default));
    }
}
