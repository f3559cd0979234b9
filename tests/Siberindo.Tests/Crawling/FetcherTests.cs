using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Siberindo.Crawling;
using Siberindo.Outlets;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Crawling;

/// <summary>The fetcher and the schedule against misbehaving member servers on loopback.</summary>
public sealed class FetcherTests
{
    private static readonly string[] Loopback = ["--Crawler:AllowLoopback=true", "--Crawler:RequestTimeout=00:00:05"];

    internal static async Task<int> AddFeedAsync(TestApp app, string website, string feedUrl, bool fullText = false)
    {
        var outlet = await Seed.OutletAsync(app, "Kabar Uji " + Guid.NewGuid().ToString("N")[..6], website, "36.04");
        return await app.WithDbAsync(async db =>
        {
            var stored = await db.Outlets.SingleAsync(o => o.Id == outlet.Id);
            stored.FetchFullText = fullText;
            var feed = new Feed { OutletId = outlet.Id, Url = feedUrl };
            db.Feeds.Add(feed);
            await db.SaveChangesAsync();
            return feed.Id;
        });
    }

    internal static Task<PollReport> PollAsync(TestApp app, int feedId) =>
        app.WithServiceAsync<FeedPoller, PollReport>(p => p.PollAsync(feedId, CancellationToken.None));

    [Fact]
    public async Task The_size_cap_applies_after_decompression_so_a_gzip_bomb_stops_at_the_cap()
    {
        // 64 MiB of zeros compress to about 64 KiB: under the cap on the wire, far over it decompressed.
        var bomb = Gzip(new byte[64 * 1024 * 1024]);
        Assert.True(bomb.Length < 1024 * 1024);
        await using var site = await LoopbackSite.StartAsync((app, _) => app.MapGet("/feed", (HttpContext http) =>
        {
            http.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(bomb, "application/rss+xml");
        }));
        await using var app = await TestApp.StartAsync("Sqlite", [.. Loopback, "--Crawler:MaxResponseBytes=2097152"]);
        var feedId = await AddFeedAsync(app, site.BaseUrl, $"{site.BaseUrl}/feed");

        var report = await PollAsync(app, feedId);

        Assert.False(report.Success);
        Assert.Contains("larger than 2 MiB", report.Error);
    }

    [Fact]
    public async Task Gzip_and_brotli_feeds_are_decompressed()
    {
        var now = DateTimeOffset.UtcNow;
        var xml = System.Text.Encoding.UTF8.GetBytes(TestFeeds.Rss("https://kabaruji.example", [now.AddMinutes(-5), now.AddMinutes(-30)]));
        await using var site = await LoopbackSite.StartAsync((app, _) =>
        {
            app.MapGet("/gzip", (HttpContext http) => { http.Response.Headers.ContentEncoding = "gzip"; return Results.Bytes(Gzip(xml), "application/rss+xml"); });
            app.MapGet("/br", (HttpContext http) =>
            {
                http.Response.Headers.ContentEncoding = "br";
                using var output = new MemoryStream();
                using (var br = new BrotliStream(output, CompressionLevel.Fastest)) br.Write(xml);
                return Results.Bytes(output.ToArray(), "application/rss+xml");
            });
        });
        await using var app = await TestApp.StartAsync("Sqlite", Loopback);

        foreach (var path in new[] { "/gzip", "/br" })
        {
            var feedId = await AddFeedAsync(app, site.BaseUrl + path, site.BaseUrl + path);
            var report = await PollAsync(app, feedId);
            Assert.True(report.Success, report.Error);
            Assert.Equal(2, report.NewArticles);
        }
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Retry_after_is_honoured_by_the_schedule(int status)
    {
        await using var site = await LoopbackSite.StartAsync((app, _) => app.MapGet("/feed", (HttpContext http) =>
        {
            http.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(status);
        }));
        await using var app = await TestApp.StartAsync("Sqlite", Loopback);
        var feedId = await AddFeedAsync(app, site.BaseUrl, $"{site.BaseUrl}/feed");

        var report = await PollAsync(app, feedId);

        Assert.False(report.Success);
        Assert.Contains(status.ToString(), report.Error);
        var feed = await app.WithDbAsync(db => db.Feeds.SingleAsync(f => f.Id == feedId));
        // One hour asked for, with up to 20 % jitter either way; the first backoff alone would be minutes.
        Assert.InRange(feed.NextPollAt - DateTime.UtcNow, TimeSpan.FromMinutes(47), TimeSpan.FromMinutes(73));
        Assert.Equal(1, feed.ConsecutiveFailures);
        Assert.Equal(status, feed.LastStatusCode);
    }

    [Fact]
    public async Task Conditional_get_and_the_interval_follows_the_outlets_rhythm()
    {
        var now = DateTimeOffset.UtcNow;
        // An outlet that publishes every 20 minutes: polled about every 10.
        var times = Enumerable.Range(0, 10).Select(i => now.AddMinutes(-3 - 20 * i)).ToList();
        await using var site = await LoopbackSite.StartAsync((app, baseUrl) => app.MapGet("/feed", (HttpContext http) =>
        {
            if (http.Request.Headers.IfNoneMatch == "\"v1\"") return Results.StatusCode(304);
            http.Response.Headers.ETag = "\"v1\"";
            return Results.Content(TestFeeds.Rss(baseUrl(), times), "application/rss+xml");
        }));
        await using var app = await TestApp.StartAsync("Sqlite", Loopback);
        var feedId = await AddFeedAsync(app, site.BaseUrl, $"{site.BaseUrl}/feed");

        var first = await PollAsync(app, feedId);
        var afterFirst = await app.WithDbAsync(db => db.Feeds.AsNoTracking().SingleAsync(f => f.Id == feedId));
        var second = await PollAsync(app, feedId);
        var afterSecond = await app.WithDbAsync(db => db.Feeds.AsNoTracking().SingleAsync(f => f.Id == feedId));

        Assert.Equal(10, first.NewArticles);
        Assert.Equal(600, afterFirst.PollIntervalSeconds);
        Assert.Equal("\"v1\"", afterFirst.ETag);
        Assert.True(second.Success);
        Assert.Equal(304, afterSecond.LastStatusCode);
        Assert.Equal(600, afterSecond.PollIntervalSeconds);
        Assert.Equal("\"v1\"", site.Requests.Last().IfNoneMatch);
        Assert.InRange(afterSecond.NextPollAt - DateTime.UtcNow, TimeSpan.FromMinutes(8.5), TimeSpan.FromMinutes(11));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(data);
        return output.ToArray();
    }
}
