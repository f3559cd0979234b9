using System.Net;
using System.Reflection;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Siberindo.Accounts;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.ScaleOut;

/// <summary>Rate limits counted in Redis: they hold across web nodes, and a client's partition does not outlive its traffic.</summary>
public sealed class RateLimitTests
{
    [SkippableFact]
    public async Task The_search_limit_holds_across_two_nodes_sharing_redis()
    {
        await using var nodes = await RedisNodes.StartAsync();

        // One reader (one forwarded address, trusted from the loopback proxy) searching through both nodes: 30 per 15 s.
        var statuses = await nodes.AlternateAsync(34, (http, i) =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/search?q=banjir{i}");
            request.Headers.Add("X-Forwarded-For", "203.0.113.5");
            return http.SendAsync(request);
        });

        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(statuses.Take(30), s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [SkippableFact]
    public async Task Partitions_of_clients_that_went_quiet_are_evicted()
    {
        await using var app = await TestApp.StartAsync("Sqlite", TestRedis.ConfigurationArgs());
        using var limiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimits.PerClient(http, RateLimits.Search, 30, TimeSpan.FromSeconds(15)));

        // 300 readers from rotating addresses, one search each, as a crawl of the portal through many proxies would.
        for (var i = 0; i < 300; i++)
        {
            var http = new DefaultHttpContext { RequestServices = app.Services };
            http.Connection.RemoteIpAddress = IPAddress.Parse($"198.51.{i / 250}.{i % 250 + 1}");
            using var lease = await limiter.AcquireAsync(http);
            Assert.True(lease.IsAcquired);
        }
        Assert.Equal(300, Partitions(limiter));

        // The partitioned limiter drops a partition idle for 10 s; one that never says it is idle would stay for ever.
        await Eventually.TrueAsync(() => Task.FromResult(Partitions(limiter) == 0), TimeSpan.FromSeconds(20), "eviction of idle partitions");
    }

    /// <summary>How many client partitions the limiter holds (its cache is private; this is the count it keeps in memory).</summary>
    private static int Partitions(PartitionedRateLimiter<HttpContext> limiter)
    {
        var cache = limiter.GetType().GetField("_limiters", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(limiter)
            ?? throw new InvalidOperationException($"{limiter.GetType()} has no _limiters field: update this test to the runtime's partitioned limiter.");
        lock (cache) return ((System.Collections.ICollection)cache).Count; // the limiter locks on this dictionary
    }
}
