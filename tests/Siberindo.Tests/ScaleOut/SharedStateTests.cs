using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.ScaleOut;

/// <summary>Two web nodes on one PostgreSQL and one Redis behave as one site.</summary>
public sealed class SharedStateTests
{
    [SkippableFact]
    public async Task A_sign_in_on_one_node_is_valid_on_the_other_and_page_caches_are_evicted_everywhere()
    {
        await using var db = await TestDatabase.CreateAsync("Postgres");
        var redis = TestRedis.ConfigurationArgs();
        await CliRunner.RunWithInputAsync("panjang-sekali-123\n", ["admin", "create", "--email", "a@smsi.example", "--password-stdin", .. db.ConfigurationArgs]);
        await using var nodeA = await TestApp.StartAsync(db, [.. redis]);
        await using var nodeB = await TestApp.StartAsync(db, [.. redis]);
        var store = Assert.IsType<Siberindo.Portal.StaleWhileRefillStore>(nodeB.Services.GetRequiredService<IOutputCacheStore>());
        Assert.Contains("Redis", store.Inner.GetType().Name);

        // Sign in through node A, then use the cookie on node B.
        var cookies = new CookieContainer();
        using (var a = nodeA.Client(cookies: cookies)) await Forms.SignInAsync(a, "a@smsi.example", "panjang-sekali-123");
        foreach (Cookie c in cookies.GetCookies(nodeA.BaseAddress)) cookies.Add(nodeB.BaseAddress, new Cookie(c.Name, c.Value));
        using var b = nodeB.Client(cookies: cookies);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/admin")).StatusCode);

        // Node B caches its home page; an article stored through node A evicts it (tag eviction in Redis).
        var outlet = await Seed.OutletAsync(nodeA, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var reader = nodeB.Client();
        Assert.DoesNotContain("Jembatan baru diresmikan", await reader.GetStringAsync("/"));
        await Seed.ArticlesAsync(nodeA, outlet, ("j1", "Jembatan baru diresmikan", DateTime.UtcNow));
        await Eventually.PageContainsAsync(reader, "/", "Jembatan baru diresmikan", TimeSpan.FromSeconds(5));
    }

    [SkippableFact]
    public async Task A_page_one_node_compressed_is_served_compressed_by_the_other_from_redis()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var redis = TestRedis.ConfigurationArgs();
        await using var nodeA = await TestApp.StartAsync(db, [.. redis]);
        await using var nodeB = await TestApp.StartAsync(db, [.. redis]);
        using var compressedOnB = new CompressionCount(nodeB);
        var outlet = await Seed.OutletAsync(nodeA, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(nodeA, outlet, ("s1", "Banjir rendam Serang", DateTime.UtcNow));
        // The stages that follow ingest publish their own changes (story assigned, article indexed): let them finish,
        // then do the evictions all of that asked for now rather than on the next ticks, so none lands mid-test.
        await nodeA.Services.GetRequiredService<Siberindo.Stories.StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        await nodeA.Services.GetRequiredService<Siberindo.Search.SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        var invalidator = nodeA.Services.GetRequiredService<Siberindo.Hosting.CoalescedEviction>();
        for (var i = 0; i < 2; i++) await invalidator.EvictIfPendingAsync(CancellationToken.None);
        using var a = nodeA.Client();
        using var b = nodeB.Client();
        // Behind nginx every node sees the site's one Host, part of the cache key.
        b.DefaultRequestHeaders.Host = nodeA.BaseAddress.Authority;

        // Node A fills the br and gzip entries; node B answers from them, the same bytes and ETags, compressing nothing.
        foreach (var coding in new[] { "br", "gzip" })
        {
            // The cache stores an entry just after sending it: node A's entry is in Redis once A serves it twice.
            var filled = await Compressed.GetAsync(a, "/", coding);
            for (var i = 0; i < 50 && (await Compressed.GetAsync(a, "/", coding)) is var again && again.ETag != filled.ETag; i++) filled = again;
            var fromB = await Compressed.GetAsync(b, "/", coding);
            Assert.Equal(filled.ETag, fromB.ETag);
            Assert.Equal(coding, fromB.Coding);
            Assert.Equal(filled.Body, fromB.Body);
            Assert.Contains("Banjir rendam Serang", fromB.Text);
            Assert.Equal(HttpStatusCode.NotModified, (await Compressed.SendAsync(b, "/", coding, filled.ETag)).StatusCode);
        }
        Assert.Equal(0, compressedOnB.Cached("br") + compressedOnB.Cached("gzip"));

        // An article stored through node A evicts every variant in Redis.
        await Seed.ArticlesAsync(nodeA, outlet, ("s2", "Jembatan baru diresmikan", DateTime.UtcNow));
        await Eventually.TrueAsync(async () => (await Compressed.GetAsync(b, "/", "br")).Text.Contains("Jembatan baru diresmikan"),
            TimeSpan.FromSeconds(5), "the new article in node B's br page");
    }

    [SkippableFact]
    public async Task The_login_rate_limit_holds_across_nodes()
    {
        await using var nodes = await RedisNodes.StartAsync();

        // Wrong passwords, alternating between the nodes: each node alone would allow 10 a minute.
        var statuses = await nodes.AlternateAsync(12, (http, _) =>
            Forms.PostAsync(http, "/masuk", new() { ["Email"] = "x@smsi.example", ["Password"] = "salah-salah-salah" }));

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
