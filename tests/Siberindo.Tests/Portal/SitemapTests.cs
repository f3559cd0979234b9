using System.Net;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Siberindo.Portal.Sitemaps;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

public sealed class SitemapTests
{
    private static readonly XNamespace Sm = SitemapWriter.Ns, News = SitemapWriter.NewsNs;

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Robots_and_sitemaps_are_well_formed_and_list_only_public_pages(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var palu = await Seed.OutletAsync(app, "Warta Palu", "https://wartapalu.example", "72.71");
        var now = DateTime.UtcNow;
        await Seed.ArticlesAsync(app, serang, ("s1", "Banjir rendam Serang & \"Cilegon\"", now.AddHours(-3)));
        await Seed.ArticlesAsync(app, palu, ("p1", "Festival Teluk Palu digelar", now.AddDays(-5)));
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        var stories = await app.WithDbAsync(db => db.Set<Story>().AsNoTracking().Select(s => new { s.Id, s.Title, s.FirstPublished }).ToListAsync());
        Assert.Equal(2, stories.Count);
        using var http = app.Client();
        var root = app.BaseAddress.ToString().TrimEnd('/');

        var robots = await http.GetAsync("/robots.txt");
        Assert.Equal("text/plain", robots.Content.Headers.ContentType!.MediaType);
        var robotsText = await robots.Content.ReadAsStringAsync();
        foreach (var path in new[] { "/admin", "/masuk", "/baca/", "/api/" }) Assert.Contains($"Disallow: {path}\n", robotsText);
        Assert.Contains($"Sitemap: {root}/sitemap.xml", robotsText);

        var index = await LoadAsync(http, "/sitemap.xml");
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var sitemaps = index.Root.Elements(Sm + "sitemap").Select(s => (string)s.Element(Sm + "loc")!).ToList();
        Assert.Contains($"{root}/sitemap-news.xml", sitemaps);
        Assert.Contains($"{root}/sitemap-provinsi.xml", sitemaps);
        Assert.Contains($"{root}/sitemap-media-1.xml", sitemaps);
        Assert.Contains($"{root}/sitemap-berita-1.xml", sitemaps);

        var urls = new List<string>();
        foreach (var sitemap in sitemaps)
        {
            var doc = await LoadAsync(http, sitemap);
            Assert.Equal(Sm + "urlset", doc.Root!.Name);
            var locs = doc.Root.Elements(Sm + "url").Select(u => (string)u.Element(Sm + "loc")!).ToList();
            Assert.InRange(locs.Count, 0, SitemapEndpoints.PageSize);
            urls.AddRange(locs);
        }
        Assert.Equal(urls.Count, urls.Distinct().Count() + 1); // a story in the news sitemap is in the story sitemap too
        Assert.Contains($"{root}/provinsi/banten", urls);
        Assert.Contains($"{root}/media/{palu.Slug}", urls);
        foreach (var story in stories) Assert.Contains(root + StoryPages.Url(story.Id, story.Title), urls);
        foreach (var url in urls.Distinct())
        {
            Assert.StartsWith(root + "/", url);
            var path = url[root.Length..];
            Assert.DoesNotContain(RobotsTxt.Disallowed, d => path.StartsWith(d, StringComparison.Ordinal));
            // Public: answered to an anonymous reader as it is, with no sign-in and no redirect.
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode);
        }

        var news = await LoadAsync(http, "/sitemap-news.xml");
        var entry = Assert.Single(news.Root!.Elements(Sm + "url"));
        var recent = stories.Single(s => s.Title.StartsWith("Banjir"));
        Assert.Equal(root + StoryPages.Url(recent.Id, recent.Title), (string)entry.Element(Sm + "loc")!);
        var item = entry.Element(News + "news")!;
        Assert.Equal("Siberindo", (string)item.Element(News + "publication")!.Element(News + "name")!);
        Assert.Equal("id", (string)item.Element(News + "publication")!.Element(News + "language")!);
        Assert.Equal(recent.Title, (string)item.Element(News + "title")!);
        Assert.True(DateTimeOffset.TryParse((string)item.Element(News + "publication_date")!, out var published));
        Assert.InRange(published.UtcDateTime, recent.FirstPublished.AddSeconds(-1), recent.FirstPublished.AddSeconds(1));

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sitemap-berita-2.xml")).StatusCode);
    }

    /// <summary>Reads a sitemap with XmlReader, which accepts well-formed XML only (and no DTD).</summary>
    private static async Task<XDocument> LoadAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(body, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, Async = true });
        return await XDocument.LoadAsync(reader, LoadOptions.None, CancellationToken.None);
    }
}
