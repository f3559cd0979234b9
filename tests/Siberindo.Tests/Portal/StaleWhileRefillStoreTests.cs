using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Portal;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

/// <summary>An evicted page is refilled by one reader while the others get its last copy, and only then.</summary>
public sealed class StaleWhileRefillStoreTests
{
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _ticks;
        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    private static (StaleWhileRefillStore Store, ManualClock Clock, ServiceProvider Services) Create()
    {
        // The real in-memory store that AddOutputCache registers, wrapped as the portal wraps it.
        var services = new ServiceCollection().AddMetrics();
        var clock = new ManualClock();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOutputCache();
        StaleWhileRefillStore.Wrap(services);
        var provider = services.BuildServiceProvider();
        return ((StaleWhileRefillStore)provider.GetRequiredService<IOutputCacheStore>(), clock, provider);
    }

    private static readonly byte[] Old = [1, 2, 3], New = [4, 5, 6];

    [Fact]
    public async Task After_an_eviction_the_first_reader_refills_the_others_get_the_last_copy_and_then_the_new_page()
    {
        var (store, _, services) = Create();
        using var _ = services;
        await store.SetAsync("home", Old, ["articles"], TimeSpan.FromMinutes(5), default);
        Assert.Equal(Old, await store.GetAsync("home", default));

        await store.EvictByTagAsync("articles", default);
        Assert.Null(await store.GetAsync("home", default)); // this reader renders the page
        Assert.Equal(Old, await store.GetAsync("home", default)); // readers meanwhile: the last copy
        Assert.Equal(Old, await store.GetAsync("home", default));

        await store.SetAsync("home", New, ["articles"], TimeSpan.FromMinutes(5), default);
        Assert.Equal(New, await store.GetAsync("home", default));

        // The next eviction starts over: again one refill, not the copy to the first reader.
        await store.EvictByTagAsync("articles", default);
        Assert.Null(await store.GetAsync("home", default));
        Assert.Equal(New, await store.GetAsync("home", default));
    }

    [Fact]
    public async Task A_refill_that_never_stores_is_given_up_after_its_timeout_and_the_next_reader_refills()
    {
        var (store, clock, services) = Create();
        using var _ = services;
        await store.SetAsync("home", Old, ["articles"], TimeSpan.FromMinutes(5), default);
        await store.EvictByTagAsync("articles", default);
        Assert.Null(await store.GetAsync("home", default));
        clock.Advance(StaleWhileRefillStore.RefillTimeout - TimeSpan.FromMilliseconds(10));
        Assert.Equal(Old, await store.GetAsync("home", default));
        clock.Advance(TimeSpan.FromMilliseconds(20));
        Assert.Null(await store.GetAsync("home", default));
        Assert.Equal(Old, await store.GetAsync("home", default));
    }

    [Fact]
    public async Task A_page_never_cached_or_long_expired_is_a_plain_miss()
    {
        var (store, clock, services) = Create();
        using var _ = services;
        Assert.Null(await store.GetAsync("never", default));
        Assert.Null(await store.GetAsync("never", default));

        await store.SetAsync("old", Old, ["articles"], TimeSpan.FromSeconds(10), default);
        await store.EvictByTagAsync("articles", default);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.GetAsync("old", default));
        Assert.Null(await store.GetAsync("old", default));
        Assert.Equal(0, store.CopyBytes);
    }

    [Fact]
    public async Task Copies_are_bounded_in_bytes_oldest_dropped_first()
    {
        var (store, clock, services) = Create();
        using var _ = services;
        var page = new byte[512 * 1024];
        int pages = (int)(StaleWhileRefillStore.MaxCopyBytes / page.Length) * 2;
        for (var i = 0; i < pages; i++)
        {
            await store.SetAsync($"page{i}", page, ["articles"], TimeSpan.FromMinutes(5), default);
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        Assert.InRange(store.CopyBytes, 1, StaleWhileRefillStore.MaxCopyBytes);
        await store.EvictByTagAsync("articles", default);
        Assert.Null(await store.GetAsync($"page{pages - 1}", default));
        Assert.Same(page, await store.GetAsync($"page{pages - 1}", default)); // the newest kept its copy
        Assert.Null(await store.GetAsync("page0", default));
        Assert.Null(await store.GetAsync("page0", default)); // the oldest was dropped
    }

    [Fact]
    public async Task The_app_serves_a_new_article_on_the_first_request_after_the_lists_are_evicted()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        Assert.IsType<StaleWhileRefillStore>(app.Services.GetRequiredService<IOutputCacheStore>());
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, outlet, ("s1", "Banjir rendam Serang", DateTime.UtcNow.AddMinutes(-5)));
        using var http = app.Client();
        Assert.Contains("Banjir rendam Serang", await http.GetStringAsync("/"));
        await Seed.ArticlesAsync(app, outlet, ("s2", "Jembatan baru di Cikande", DateTime.UtcNow.AddMinutes(-1)));
        // Storing the article published ArticlesStored, which marked the lists; one tick evicts them.
        await app.Services.GetRequiredService<Siberindo.Hosting.CoalescedEviction>().EvictIfPendingAsync(default);
        Assert.Contains("Jembatan baru di Cikande", await http.GetStringAsync("/"));
    }
}
