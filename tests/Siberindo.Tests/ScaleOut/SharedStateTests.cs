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
        Assert.Contains("Redis", nodeB.Services.GetRequiredService<IOutputCacheStore>().GetType().Name);

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
    public async Task The_login_rate_limit_holds_across_nodes()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var redis = TestRedis.ConfigurationArgs();
        await using var nodeA = await TestApp.StartAsync(db, [.. redis]);
        await using var nodeB = await TestApp.StartAsync(db, [.. redis]);
        using var a = nodeA.Client();
        using var b = nodeB.Client();

        // Wrong passwords, alternating between the nodes: each node alone would allow 10 a minute.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await Forms.PostAsync(i % 2 == 0 ? a : b, "/masuk", new() { ["Email"] = "x@smsi.example", ["Password"] = "salah-salah-salah" })).StatusCode);

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
