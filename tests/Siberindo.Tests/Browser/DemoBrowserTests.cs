using Microsoft.EntityFrameworkCore;
using Siberindo.Demo;
using Siberindo.Regions;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Browser;

public sealed class DemoBrowserTests
{
    [SkippableFact]
    public async Task A_reader_opens_the_home_page_and_follows_an_article_to_the_members_site()
    {
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:Enabled=true", "--Crawler:AllowLoopback=true", "--Crawler:RequestTimeout=00:00:02");
        await using var network = await DemoNetworks.StartSeededAsync(app, 20);
        await Eventually.TrueAsync(async () => await app.WithDbAsync(db => db.Articles.CountAsync()) > 0, TimeSpan.FromSeconds(30), "the first crawled article");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.BaseAddress.ToString());
        Assert.Equal("Berita terkini", await page.InnerTextAsync("h1"));

        var first = page.Locator(".card a.title").First;
        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(network.BaseUrl));

        Assert.Contains("/artikel/", page.Url);
        Assert.Equal(title, await page.InnerTextAsync("h1"));
        Assert.Contains("DATA DEMO", await page.ContentAsync());
    }
}
