using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Portal;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.ScaleOut;

/// <summary>deploy/nginx as operators run it: two web nodes behind nginx on one PostgreSQL and one Redis.</summary>
public sealed class NginxTests
{
    [SkippableFact]
    public async Task Nginx_spreads_readers_over_web_nodes_keeps_metrics_internal_and_survives_a_node_going_down()
    {
        await using var db = await TestDatabase.CreateAsync("Postgres");
        var redis = TestRedis.ConfigurationArgs();
        var nodeA = await TestApp.StartAsync(db, [.. redis, "--Node:Role=web"]);
        await using var nodeB = await TestApp.StartAsync(db, [.. redis, "--Node:Role=web"]);
        var outlet = await Seed.OutletAsync(nodeB, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(nodeB, outlet, ("n1", "Pasar rakyat dibuka kembali", DateTime.UtcNow));
        await using var nginx = await Nginx.StartAsync(nodeA.BaseAddress, nodeB.BaseAddress);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = nginx.BaseAddress };

        for (var i = 0; i < 6; i++) Assert.Contains("Pasar rakyat dibuka kembali", await http.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nodeA.Client().GetAsync("/metrics")).StatusCode);
        var css = await http.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("immutable", css.Headers.CacheControl!.ToString());

        await nodeA.DisposeAsync();
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/provinsi/banten")).StatusCode);
    }

    [SkippableFact]
    public async Task The_micro_cache_keeps_public_pages_per_coding_for_seconds_but_never_a_signed_in_page_or_a_counted_redirect()
    {
        var node = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(node, "Kabar Serang", "https://kabarserang.example", "36.04");
        var stored = await Seed.ArticlesAsync(node, outlet, ("n1", "Pasar rakyat dibuka kembali", DateTime.UtcNow));
        await using var nginx = await Nginx.StartAsync(node.BaseAddress);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = nginx.BaseAddress };

        var first = await Compressed.GetAsync(http, "/", "br");
        Assert.Equal("br", first.Coding);
        Assert.Contains("Pasar rakyat dibuka kembali", first.Text);
        // The browser's spelling shares the br entry; gzip and identity have their own.
        var again = await Compressed.GetAsync(http, "/", "gzip, deflate, br");
        Assert.Equal(("HIT", "br"), (again.Header("X-Cache-Status"), again.Coding));
        Assert.Equal(first.Body, again.Body);
        Assert.Contains("Accept-Encoding", again.Vary);
        var gzip = await Compressed.GetAsync(http, "/", "gzip");
        Assert.Equal(("MISS", "gzip"), (gzip.Header("X-Cache-Status"), gzip.Coding));
        Assert.Equal(first.Text, gzip.Text);
        Assert.Equal("HIT", (await Compressed.GetAsync(http, "/", "gzip")).Header("X-Cache-Status"));
        var identity = await Compressed.GetAsync(http, "/", null);
        Assert.Equal((null, first.Text), (identity.Coding, identity.Text));

        // A signed-in reader's pages are rendered for them; a counted redirect is counted every time.
        using (var signedIn = new HttpRequestMessage(HttpMethod.Get, "/"))
        {
            signedIn.Headers.Add("Cookie", "siberindo.auth=not-a-valid-ticket");
            Assert.Equal("BYPASS", (await http.SendAsync(signedIn)).Headers.GetValues("X-Cache-Status").Single());
        }
        for (var i = 0; i < 2; i++)
        {
            var read = await Compressed.GetAsync(http, $"/baca/{stored[0].Id}", "br");
            Assert.Equal((HttpStatusCode.Redirect, "MISS"), (read.Status, read.Header("X-Cache-Status")));
        }
        await node.Services.GetRequiredService<ClickCounter>().FlushAsync(CancellationToken.None);
        Assert.Equal(2, await node.WithDbAsync(db => db.Articles.Where(a => a.Id == stored[0].Id).Select(a => a.Clicks).SingleAsync()));

        // Past its 2 s (nginx counts whole seconds, so up to 3), with the only node down, readers still get the page.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        await node.DisposeAsync();
        var stale = await Compressed.GetAsync(http, "/", "br");
        Assert.Equal((HttpStatusCode.OK, "STALE", "br"), (stale.Status, stale.Header("X-Cache-Status"), stale.Coding));
        Assert.Contains("Pasar rakyat dibuka kembali", stale.Text);
    }
}
