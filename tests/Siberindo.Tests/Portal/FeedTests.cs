using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Feeds;
using Siberindo.Portal.Feeds;
using Siberindo.Search;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

public sealed class FeedTests
{
    private static readonly Dictionary<FeedFormat, (string Ours, string Python)> Versions = new()
    {
        [FeedFormat.Rss] = ("rss2.0", "rss20"),
        [FeedFormat.Atom] = ("atom1.0", "atom10"),
        [FeedFormat.Json] = ("jsonfeed1.1", "json11"),
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_page_feed_parses_in_feedparser_and_in_our_parser_and_links_through_the_counted_redirect(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var palu = await Seed.OutletAsync(app, "Warta Palu & Sekitarnya", "https://wartapalu.example", "72.71");
        var now = DateTime.UtcNow;
        await Seed.ArticlesAsync(app, serang,
            ("s1", "Banjir < 2 meter rendam Serang & \"Cilegon\"", now.AddMinutes(-5)),
            ("s2", "Jalan tol Serang-Panimbang dibuka", now.AddMinutes(-30)),
            ("s3", "Harga cabai naik di pasar Rau", now.AddHours(-2)));
        await Seed.ArticlesAsync(app, palu,
            ("p1", "Gempa guncang Palu", now.AddMinutes(-10)),
            ("p2", "Festival Teluk Palu digelar", now.AddHours(-3)));
        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        var articles = await app.WithDbAsync(db => db.Articles.AsNoTracking().OrderByDescending(a => a.Published)
            .Select(a => new { a.Id, a.Title, a.OutletId, a.StoryId }).ToListAsync());
        var story = articles.First(a => a.Title.StartsWith("Banjir")).StoryId!.Value;
        using var http = app.Client();

        var pages = new (string Page, string Feed, string Query, long[] Expected)[]
        {
            ("/", "", "", articles.Select(a => a.Id).ToArray()),
            ("/provinsi/banten", "/provinsi/banten", "", articles.Where(a => a.OutletId == serang.Id).Select(a => a.Id).ToArray()),
            ("/kabupaten/36.04", "/kabupaten/kabupaten-serang", "", articles.Where(a => a.OutletId == serang.Id).Select(a => a.Id).ToArray()),
            ($"/media/{palu.Slug}", $"/media/{palu.Slug}", "", articles.Where(a => a.OutletId == palu.Id).Select(a => a.Id).ToArray()),
            ($"/berita/{story}", $"/berita/{story}", "", articles.Where(a => a.StoryId == story).Select(a => a.Id).ToArray()),
            ("/cari?q=gempa", "/cari", "?q=gempa", articles.Where(a => a.Title.StartsWith("Gempa")).Select(a => a.Id).ToArray()),
        };
        var titles = articles.ToDictionary(a => a.Id, a => a.Title);
        foreach (var (page, feedPath, query, expected) in pages)
        {
            Assert.NotEmpty(expected);
            using var followed = app.Client(followRedirects: true);
            var html = await followed.GetStringAsync(page);
            foreach (var format in FeedFormats.All)
            {
                var href = FeedFormats.Href(feedPath, format, query);
                var link = $"<link rel=\"alternate\" type=\"{FeedFormats.MediaType(format)}\" href=\"{System.Net.WebUtility.HtmlEncode(href)}\"";
                Assert.True(html.Contains(link, StringComparison.Ordinal), $"{page} has no {link}: {html[..html.IndexOf("</head>", StringComparison.Ordinal)]}");

                using var response = await http.GetAsync(href);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {response.StatusCode}");
                Assert.Equal(FeedFormats.MediaType(format), response.Content.Headers.ContentType!.MediaType);
                Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
                var body = await response.Content.ReadAsByteArrayAsync();
                var links = expected.Select(id => (string?)new Uri(app.BaseAddress, $"/baca/{id}").ToString()).ToList();

                var python = await PythonFeedparser.ParseAsync(body, response.Content.Headers.ContentType.ToString());
                Assert.True(python.Bozo == 0, $"{href}: feedparser bozo: {python.BozoException}");
                Assert.Equal(Versions[format].Python, python.Version);
                Assert.Equal(links, python.Entries.Select(e => e.Link).ToList());
                Assert.All(python.Entries, e =>
                {
                    Assert.False(string.IsNullOrEmpty(e.Id));
                    Assert.True(e.HasPublished, $"{href}: an entry without a date");
                    Assert.StartsWith("Ringkasan ", e.Summary);
                    Assert.Contains(e.Author, new[] { serang.Name, palu.Name });
                });
                Assert.Equal(expected.Length, python.Entries.Select(e => e.Id).Distinct().Count());

                var ours = FeedParser.Parse(body);
                Assert.True(ours.Success, $"{href}: {ours.Error}");
                Assert.Equal(Versions[format].Ours, ours.Feed!.Format);
                Assert.Empty(ours.Feed.Problems);
                Assert.Equal(links, ours.Feed.Entries.Select(e => e.Link).ToList());
                Assert.Equal(expected.Select(id => (string?)titles[id]).ToList(), ours.Feed.Entries.Select(e => e.Title).ToList());
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/provinsi/atlantis/feed.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/media/tidak-ada/feed.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/kabupaten/atlantis/feed.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/berita/999999/feed.json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/cari/feed.xml")).StatusCode);
        var byCode = await http.GetAsync("/provinsi/36/feed.atom");
        Assert.Equal(HttpStatusCode.MovedPermanently, byCode.StatusCode);
        Assert.Equal("/provinsi/banten/feed.atom", byCode.Headers.Location!.ToString());
        var regencyByCode = await http.GetAsync("/kabupaten/72.71/feed.xml");
        Assert.Equal(HttpStatusCode.MovedPermanently, regencyByCode.StatusCode);
        Assert.Equal("/kabupaten/kota-palu/feed.xml", regencyByCode.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Feeds_are_cached_compressed_once_and_show_a_new_article_after_ingest()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, outlet, ("a1", "Banjir rendam Serang", DateTime.UtcNow.AddMinutes(-5)));
        using var http = app.Client();
        foreach (var format in FeedFormats.All)
        {
            var path = FeedFormats.Href("", format);
            var compressed = await Compressed.GetAsync(http, path, "gzip, deflate, br");
            Assert.Equal(HttpStatusCode.OK, compressed.Status);
            Assert.Equal("br", compressed.Coding);
            Assert.Contains("Accept-Encoding", compressed.Vary);
            Assert.NotEmpty(compressed.ETag);
            Assert.Contains("s-maxage", compressed.CacheControl);
            Assert.Contains("Banjir rendam Serang", compressed.Text);
            Assert.DoesNotContain("Pasar baru dibuka", await http.GetStringAsync(path));
        }

        // Behind nginx: links take the public scheme (X-Forwarded-Proto from a trusted proxy) and host.
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/feed.atom");
        proxied.Headers.Host = "portal.example";
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        var behindProxy = await (await http.SendAsync(proxied)).Content.ReadAsStringAsync();
        Assert.Contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://portal.example/feed.atom\" />", behindProxy);
        Assert.Matches("href=\"https://portal.example/baca/[0-9]+\"", behindProxy);

        await Seed.ArticlesAsync(app, outlet, ("a2", "Pasar baru dibuka", DateTime.UtcNow));

        foreach (var format in FeedFormats.All)
            await Eventually.PageContainsAsync(http, FeedFormats.Href("", format), "Pasar baru dibuka", TimeSpan.FromSeconds(5));
        await Eventually.PageContainsAsync(http, "/provinsi/banten/feed.xml", "Pasar baru dibuka", TimeSpan.FromSeconds(5));
    }
}
