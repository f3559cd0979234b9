using Microsoft.EntityFrameworkCore;
using Siberindo.Demo;
using Siberindo.Regions;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.ScaleOut;

/// <summary>
/// Two worker processes and one web node on PostgreSQL and Redis, crawling the loopback member network; one worker is
/// killed mid-run. Every feed must still be polled, nothing lost or stored twice, and the web node must show new news.
/// </summary>
public sealed class WorkerFailoverTests
{
    [SkippableFact]
    public async Task Workers_share_feeds_through_leases_and_a_killed_workers_feeds_move_to_the_other()
    {
        await using var db = await TestDatabase.CreateAsync("Postgres");
        var redis = TestRedis.ConfigurationArgs();
        await using var web = await TestApp.StartAsync(db, [.. redis, "--Node:Role=web"]);
        var world = new DemoWorld(web.Services.GetRequiredService<RegionCatalog>(), 60, withBrokenFeeds: false);
        // Each feed answers slowly enough that a worker always has some claimed when it dies.
        await using var network = await DemoNetwork.StartAsync(world, 0, TimeProvider.System, slowDelay: TimeSpan.FromMilliseconds(300));
        await web.WithDbAsync(d => DemoSeeder.SeedAsync(d, network));

        string[] workerArgs =
        [
            "serve", "--role", "worker", "--urls", "http://127.0.0.1:0", .. db.ConfigurationArgs, .. redis,
            "--Crawler:AllowLoopback=true", "--Crawler:Concurrency=4", "--Crawler:PerHostConcurrency=8",
            "--Crawler:PollInterval=00:00:03", "--Crawler:MinPollInterval=00:00:02", "--Crawler:MaxPollInterval=00:00:04",
            "--Crawler:LeaseDuration=00:00:06", "--Crawler:RequestTimeout=00:00:05", "--Logging:LogLevel:Default=Warning",
        ];
        await using var workerA = NodeProcess.Start(workerArgs);
        await using var workerB = NodeProcess.Start(workerArgs);

        // Both workers take part: their names show up on claimed feeds.
        var owners = new HashSet<string>();
        await Eventually.TrueAsync(async () =>
        {
            owners.UnionWith(await web.WithDbAsync(d => d.Feeds.Where(f => f.LeaseOwner != null).Select(f => f.LeaseOwner!).ToListAsync()));
            return owners.Select(Pid).Distinct().Count() >= 2;
        }, TimeSpan.FromSeconds(15), "feeds claimed by both workers");
        Assert.Contains(workerA.Id, owners.Select(Pid));
        Assert.Contains(workerB.Id, owners.Select(Pid));

        // Kill worker A while it holds feeds.
        List<int> heldByA = [];
        await Eventually.TrueAsync(async () =>
        {
            heldByA = await web.WithDbAsync(d => d.Feeds.Where(f => f.LeaseOwner != null && f.LeaseOwner.Contains($":{workerA.Id}:")).Select(f => f.Id).ToListAsync());
            return heldByA.Count > 0;
        }, TimeSpan.FromSeconds(10), "worker A holding feeds");
        Assert.NotEmpty(heldByA);
        workerA.Kill();
        var killedAt = DateTime.UtcNow;

        // Every feed, those A held included, is polled again by B once A's leases expire.
        await Eventually.TrueAsync(async () =>
                await web.WithDbAsync(d => d.Feeds.CountAsync(f => f.LastSuccessAt == null || f.LastSuccessAt < killedAt)) == 0,
            TimeSpan.FromSeconds(45), "every feed polled again after the kill");

        // Nothing lost: every article each feed showed at its last poll is stored; nothing stored twice.
        var feeds = await web.WithDbAsync(d => d.Feeds.Select(f => new { f.Outlet!.Slug, f.OutletId, f.LastSuccessAt }).ToListAsync());
        var urls = (await web.WithDbAsync(d => d.Articles.Select(a => a.Url).ToListAsync())).ToHashSet();
        foreach (var feed in feeds)
        {
            var outlet = world.Outlet(feed.Slug)!;
            var shown = world.Latest(outlet, new DateTimeOffset(feed.LastSuccessAt!.Value.AddSeconds(-1), TimeSpan.Zero));
            Assert.All(shown, a => Assert.Contains(DemoFeeds.ArticleUrl(a, network.BaseUrl), urls));
        }
        Assert.Equal(0, await web.WithDbAsync(d => d.Articles.GroupBy(a => new { a.OutletId, a.Url }).CountAsync(g => g.Count() > 1)));

        // The web node shows what the workers store.
        var newest = await web.WithDbAsync(d => d.Articles.OrderByDescending(a => a.Fetched).Select(a => new { a.Id, a.Outlet!.Slug }).FirstAsync());
        using var reader = web.Client();
        await Eventually.PageContainsAsync(reader, $"/media/{newest.Slug}", $"/baca/{newest.Id}\"", TimeSpan.FromSeconds(10));
    }

    private static int Pid(string owner) => int.Parse(owner.Split(':')[1]);
}
