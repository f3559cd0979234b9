using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Siberindo.Demo;

/// <summary>
/// Serves the <see cref="DemoWorld"/> over HTTP on a loopback port: each outlet's home page, feed and articles.
/// Runs inside the demo process (and benchmarks), so a newcomer sees the crawler work with no internet.
/// </summary>
public sealed class DemoNetwork : IAsyncDisposable
{
    private readonly WebApplication _app;
    public DemoWorld World { get; }
    public string BaseUrl { get; private set; } = "";

    private DemoNetwork(WebApplication app, DemoWorld world)
    {
        _app = app;
        World = world;
    }

    /// <param name="slowDelay">How late <see cref="DemoBreakage.Slow"/> feeds answer (default 3 s).</param>
    public static async Task<DemoNetwork> StartAsync(DemoWorld world, int port, TimeProvider clock, CancellationToken ct = default, TimeSpan? slowDelay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1);
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var network = new DemoNetwork(app, world);

        app.MapGet("/{slug}", Results<ContentHttpResult, NotFound> (string slug) => world.Outlet(slug) is { } o
            ? TypedResults.Content(DemoFeeds.OutletPage(o, world.Latest(o, clock.GetUtcNow()), network.BaseUrl), "text/html; charset=utf-8")
            : TypedResults.NotFound());
        app.MapGet("/{slug}/feed", async Task<Results<ContentHttpResult, NotFound, StatusCodeHttpResult>> (string slug, HttpContext http) =>
        {
            if (world.Outlet(slug) is not { } o) return TypedResults.NotFound();
            switch (o.Breakage)
            {
                case DemoBreakage.AnswersHtml:
                    return TypedResults.Content("<!DOCTYPE html><html><body><h1>Halaman sedang dalam perbaikan</h1></body></html>", "text/html");
                case DemoBreakage.NotFound: return TypedResults.NotFound();
                case DemoBreakage.ServerError: return TypedResults.StatusCode(500);
                case DemoBreakage.Hangs:
                    await Task.Delay(TimeSpan.FromMinutes(5), http.RequestAborted);
                    return TypedResults.StatusCode(504);
                case DemoBreakage.Slow:
                    await Task.Delay(slowDelay ?? TimeSpan.FromSeconds(3), http.RequestAborted);
                    break;
            }
            var articles = world.Latest(o, clock.GetUtcNow()).ToList();
            // Conditional GET as a well-behaved CMS does it: the newest article is the feed's version.
            var etag = $"\"{o.Slug}-{articles.FirstOrDefault()?.Number ?? -1}\"";
            if (http.Request.Headers.IfNoneMatch == etag) return TypedResults.StatusCode(304);
            http.Response.Headers.ETag = etag;
            return TypedResults.Content(DemoFeeds.Feed(o, articles, network.BaseUrl, world.FullTextFeeds),
                o.Format == DemoFeedFormat.Rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8");
        });
        app.MapGet("/{slug}/artikel/{number:long}", Results<ContentHttpResult, NotFound> (string slug, long number) =>
            world.Outlet(slug) is { } o && number >= 0 && number <= world.LastNumber(o, clock.GetUtcNow())
                ? TypedResults.Content(DemoFeeds.ArticlePage(world.Article(o, number), network.BaseUrl), "text/html; charset=utf-8")
                : TypedResults.NotFound());
        // Pictures are drawn when asked for, the same every time (a pure function of outlet and article, like the text).
        app.MapGet("/{slug}/gambar/{number:long}/{file}", Results<FileContentHttpResult, NotFound> (string slug, long number, string file) =>
        {
            if (world.Outlet(slug) is not { } o || number < 0 || number > world.LastNumber(o, clock.GetUtcNow())) return TypedResults.NotFound();
            var article = world.Article(o, number);
            if (DemoFeeds.PictureUrl(article, network.BaseUrl) is not { } picture || !picture.EndsWith("/" + file, StringComparison.Ordinal))
                return TypedResults.NotFound();
            var seed = unchecked(o.Index * 100_003 + (int)number);
            byte[] bytes = file switch
            {
                "foto.jpg" => DemoImages.Scene(800, 450, SkiaSharp.SKEncodedImageFormat.Jpeg, seed),
                "foto.png" => DemoImages.Scene(800, 450, SkiaSharp.SKEncodedImageFormat.Png, seed),
                "jahat.svg" => DemoImages.SvgWithScript,
                "bom.png" => DemoImages.PixelBomb(),
                _ => DemoImages.HtmlPage,
            };
            return TypedResults.Bytes(bytes, DemoFeeds.PictureType(picture));
        });

        await app.StartAsync(ct);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        network.BaseUrl = addresses.Addresses.First().TrimEnd('/');
        return network;
    }

    public string OutletUrl(DemoOutlet outlet) => $"{BaseUrl}/{outlet.Slug}";
    public string FeedUrl(DemoOutlet outlet) => $"{BaseUrl}/{outlet.Slug}/feed";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
