using System.Net;
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
}
