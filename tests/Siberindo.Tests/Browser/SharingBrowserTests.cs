using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;
using Siberindo.Tests.Portal;

namespace Siberindo.Tests.Browser;

/// <summary>What a link preview or a crawler running Chromium reads from the portal's pages.</summary>
public sealed class SharingBrowserTests
{
    [SkippableFact]
    public async Task Home_story_outlet_and_regency_pages_carry_opengraph_tags_and_json_ld_that_a_browser_parses()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, serang, ("a1", PageMetaTests.HostileTitle, DateTime.UtcNow.AddMinutes(-5)));
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        var story = await app.WithDbAsync(db => db.Set<Story>().AsNoTracking().SingleAsync());
        var root = app.BaseAddress.ToString().TrimEnd('/');

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };

        var pages = new (string Path, string OgType, string[] Types)[]
        {
            ("/", "website", ["WebSite", "Organization", "ItemList"]),
            (StoryPages.Url(story.Id, story.Title), "article", ["NewsArticle"]),
            ($"/media/{serang.Slug}", "website", ["Organization", "ItemList"]),
            ("/kabupaten/kabupaten-serang", "website", ["ItemList"]),
        };
        foreach (var (path, ogType, types) in pages)
        {
            var response = await page.GotoAsync(root + path);
            Assert.Equal(200, response!.Status);
            var meta = await page.EvaluateAsync<Dictionary<string, string>>(
                "() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name]')].map(m => [m.getAttribute('property') ?? m.getAttribute('name'), m.content]))");
            Assert.Equal(root + path, meta["og:url"]);
            Assert.Equal(root + path, await page.GetAttributeAsync("link[rel=canonical]", "href"));
            Assert.Equal(ogType, meta["og:type"]);
            Assert.Equal("Siberindo", meta["og:site_name"]);
            Assert.Equal("id_ID", meta["og:locale"]);
            Assert.Equal((await page.TitleAsync()).Replace(" · Siberindo", ""), meta["og:title"]);
            Assert.Equal(await page.GetAttributeAsync("meta[name=description]", "content"), meta["og:description"]);
            Assert.Equal("summary_large_image", meta["twitter:card"]);
            Assert.Equal(meta["og:title"], meta["twitter:title"]);

            // Parsed by the browser's own JSON.parse: the data survived HTML parsing intact, with the hostile title in it.
            var scripts = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('script')].map(s => s.type + ' ' + JSON.stringify(JSON.parse(s.textContent)))");
            Assert.All(scripts, s => Assert.StartsWith("application/ld+json ", s));
            var data = scripts.Select(s => JsonNode.Parse(s["application/ld+json ".Length..])!).ToList();
            Assert.Equal(types, data.Select(d => d["@type"]!.GetValue<string>()).ToArray());
            Assert.Contains(PageMetaTests.HostileTitle, data.SelectMany(PageMetaTests.Strings));

            var image = await page.Context.APIRequest.GetAsync(meta["og:image"]);
            Assert.Equal(200, image.Status);
            Assert.Equal("image/png", image.Headers["content-type"]);
        }
        Assert.Empty(dialogs);
    }
}
