using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siberindo.Demo;
using Siberindo.Regions;
using Siberindo.Tests.Infrastructure;
using Siberindo.Thumbnails;

namespace Siberindo.Tests.Browser;

public sealed class ThumbnailBrowserTests
{
    [SkippableFact]
    public async Task A_reader_sees_card_pictures_from_our_origin_in_boxes_that_do_not_move()
    {
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:Enabled=true", "--Crawler:AllowLoopback=true", "--Crawler:RequestTimeout=00:00:02");
        await using var network = await DemoNetworks.StartSeededAsync(app, 16);
        await Eventually.TrueAsync(() => app.WithDbAsync(db => db.Set<ArticleThumbnail>().AnyAsync(t => t.State == ThumbnailState.Stored)),
            TimeSpan.FromSeconds(60), "a stored thumbnail");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        // Blocked pictures (the CSP) and failed loads show here; the browser's own favicon request is not ours to answer.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Location.Contains("favicon.ico")) problems.Add($"{message.Text} ({message.Location})");
        };
        // The page may have been cached before the first thumbnail: reload until a card shows one.
        await Eventually.TrueAsync(async () =>
        {
            await page.GotoAsync(app.BaseAddress.ToString());
            return await page.Locator(".card img.thumb").CountAsync() > 0;
        }, TimeSpan.FromSeconds(30), "a card with its thumbnail");

        var thumb = page.Locator(".card img.thumb").First;
        await thumb.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await thumb.ElementHandleAsync());
        var seen = JsonDocument.Parse(await thumb.EvaluateAsync<string>(
            "img => JSON.stringify({ w: img.naturalWidth, h: img.naturalHeight, box: img.getBoundingClientRect().toJSON(), src: img.getAttribute('src'), alt: img.alt, loading: img.loading })")).RootElement;
        Assert.Equal(320, seen.GetProperty("w").GetInt32());
        Assert.Equal(180, seen.GetProperty("h").GetInt32());
        Assert.StartsWith("/gambar/", seen.GetProperty("src").GetString());
        Assert.Equal("", seen.GetProperty("alt").GetString());
        Assert.Equal("lazy", seen.GetProperty("loading").GetString());
        var box = seen.GetProperty("box");
        Assert.InRange(box.GetProperty("height").GetDouble() / box.GetProperty("width").GetDouble(), 0.55, 0.58);

        // Before a lazy picture loads, its box already has its final size: nothing below it moves when it arrives.
        var below = page.Locator(".card img.thumb").Last;
        var reserved = await below.EvaluateAsync<double>("img => img.getBoundingClientRect().height");
        Assert.InRange(reserved / box.GetProperty("width").GetDouble(), 0.55, 0.58);
        Assert.Empty(problems);
    }
}
