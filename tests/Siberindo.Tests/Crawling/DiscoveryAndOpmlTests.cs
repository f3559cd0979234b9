using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Siberindo.Crawling;
using Siberindo.Outlets;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Crawling;

public sealed class DiscoveryAndOpmlTests
{
    private const string Email = "admin@smsi.example";
    private const string Password = "panjang-sekali-123";

    [Fact]
    public async Task Discovery_falls_back_to_wordpress_paths_and_robots_txt_sitemaps()
    {
        var now = DateTimeOffset.UtcNow;
        await using var site = await LoopbackSite.StartAsync((app, baseUrl) =>
        {
            // A home page that announces nothing, as many old CMS themes do.
            app.MapGet("/", () => Results.Content("<html><head><title>Kabar</title></head><body>Beranda</body></html>", "text/html"));
            app.MapGet("/feed", () => Results.Content(TestFeeds.Rss(baseUrl(), [now.AddHours(-1)]), "application/rss+xml"));
            app.MapGet("/robots.txt", () => Results.Text($"User-agent: *\nDisallow: /wp-admin/\nSitemap: {baseUrl()}/news-sitemap.xml\n"));
            app.MapGet("/news-sitemap.xml", () => Results.Content(
                $"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>{baseUrl()}/berita-1</loc><lastmod>{now:yyyy-MM-ddTHH:mm:ssZ}</lastmod></url></urlset>", "application/xml"));
        });
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=true");

        var result = await app.WithServiceAsync<FeedDiscoverer, DiscoveryResult>(d => d.DiscoverAsync(new Uri(site.BaseUrl), CancellationToken.None));

        Assert.False(result.Refused);
        Assert.Equal([$"{site.BaseUrl}/feed", $"{site.BaseUrl}/news-sitemap.xml"], result.Feeds.Select(f => f.Url));
        Assert.Equal(["path", "robots.txt"], result.Feeds.Select(f => f.Source));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Opml_export_and_all_or_nothing_import_by_website_domain(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var app = await TestApp.StartAsync(provider, db.ConfigurationArgs))
        {
            await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
            await Seed.OutletAsync(app, "Warta Palu", "https://www.wartapalu.example", "72.71");
        }
        var file = Path.Combine(Path.GetTempPath(), $"siberindo-{Guid.NewGuid():N}.opml");
        try
        {
            await File.WriteAllTextAsync(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <opml version="2.0"><head><title>Daftar</title></head><body>
                  <outline text="Banten">
                    <outline type="rss" text="Kabar Serang" xmlUrl="https://kabarserang.example/feed" htmlUrl="https://kabarserang.example/"/>
                  </outline>
                  <outline type="rss" text="Tidak dikenal" xmlUrl="https://asing.example/rss" htmlUrl="https://asing.example"/>
                  <outline type="rss" text="Rusak" xmlUrl="javascript:alert(1)"/>
                </body></opml>
                """);
            var refused = await CliRunner.RunAsync(["feed", "opml", "import", file, .. db.ConfigurationArgs]);
            Assert.Equal(1, refused.Exit);
            Assert.Contains(":7: xmlUrl 'javascript:alert(1)'", refused.Err);
            Assert.Contains("Nothing was imported", refused.Err);

            await File.WriteAllTextAsync(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <opml version="2.0"><head><title>Daftar</title></head><body>
                  <outline type="rss" text="Kabar Serang" xmlUrl="https://kabarserang.example/feed" htmlUrl="https://kabarserang.example/"/>
                  <outline type="rss" text="Tidak dikenal" xmlUrl="https://asing.example/rss" htmlUrl="https://asing.example"/>
                </body></opml>
                """);
            refused = await CliRunner.RunAsync(["feed", "opml", "import", file, .. db.ConfigurationArgs]);
            Assert.Equal(1, refused.Exit);
            Assert.Contains(":4: tidak ada media dengan situs https://asing.example", refused.Err);

            await File.WriteAllTextAsync(file, """
                <opml version="1.0"><body>
                  <outline type="rss" text="Kabar Serang" xmlUrl="https://kabarserang.example/feed" htmlUrl="https://kabarserang.example/"/>
                  <outline type="rss" text="Warta Palu Atom" xmlUrl="https://wartapalu.example/atom.xml"/>
                </body></opml>
                """);
            var imported = await CliRunner.RunAsync(["feed", "opml", "import", file, .. db.ConfigurationArgs]);
            Assert.True(imported.Exit == 0, imported.Err);
            Assert.Contains("Added 2 feed(s)", imported.Out);
            var again = await CliRunner.RunAsync(["feed", "opml", "import", file, .. db.ConfigurationArgs]);
            Assert.Contains("Added 0 feed(s) from", again.Out);
            Assert.Contains("2 already registered", again.Out);

            var exported = await CliRunner.RunAsync(["feed", "opml", "export", .. db.ConfigurationArgs]);
            Assert.Equal(0, exported.Exit);
            Assert.Contains("xmlUrl=\"https://kabarserang.example/feed\" htmlUrl=\"https://kabarserang.example\"", exported.Out);
            Assert.Contains("<outline text=\"Banten\">", exported.Out);
            Assert.Contains("xmlUrl=\"https://wartapalu.example/atom.xml\"", exported.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Admin_finds_feeds_for_a_new_outlet_sees_feed_health_switches_full_text_and_downloads_opml()
    {
        var now = DateTimeOffset.UtcNow;
        await using var site = await LoopbackSite.StartAsync((app, baseUrl) =>
        {
            app.MapGet("/", () => Results.Content("<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head></html>", "text/html"));
            app.MapGet("/rss", () => Results.Content(TestFeeds.Rss(baseUrl(), [now.AddHours(-1), now.AddHours(-3)]), "application/rss+xml"));
            app.MapGet("/atom", () => Results.StatusCode(500));
        });
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        Assert.Equal(0, (await CliRunner.RunWithInputAsync(Password + "\n", ["admin", "create", "--email", Email, "--password-stdin", .. db.ConfigurationArgs])).Exit);
        await using var app = await TestApp.StartAsync("Sqlite", [.. db.ConfigurationArgs, "--Crawler:AllowLoopback=true"]);
        using var http = app.Client();
        await Forms.SignInAsync(http, Email, Password);

        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Kabar Uji", ["Form.Website"] = site.BaseUrl, ["Form.RegencyCode"] = "36.04", ["Form.Verification"] = "None", ["Form.Feeds"] = "",
        };
        var found = await Forms.PostAsync(http, "/admin/media/baru", new(fields), "/admin/media/baru?handler=Discover");
        var page = await found.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains($"{site.BaseUrl}/rss</textarea>", page);
        Assert.DoesNotContain($"{site.BaseUrl}/atom<", page);
        Assert.Equal(0, await app.WithDbAsync(d => d.Outlets.CountAsync()));

        fields["Form.Feeds"] = $"{site.BaseUrl}/rss\n{site.BaseUrl}/atom";
        var created = await Forms.PostAsync(http, "/admin/media/baru", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var outlet = await app.WithDbAsync(d => d.Outlets.Include(o => o.Feeds).SingleAsync());
        foreach (var feed in outlet.Feeds) await FetcherTests.PollAsync(app, feed.Id);

        var health = await http.GetStringAsync($"/admin/media/{outlet.Id}/feed");
        Assert.Contains("Sehat", health);
        Assert.Contains("gagal 1× berturut-turut", health);
        Assert.Contains("The server answered 500", health);
        Assert.Contains("Berita per hari", health);
        Assert.Contains("0,3", health); // 2 articles in 7 days
        Assert.Contains("tidak aktif", health);

        var switched = await Forms.PostAsync(http, $"/admin/media/{outlet.Id}/feed", new() { ["enable"] = "true" }, $"/admin/media/{outlet.Id}/feed?handler=FullText");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.True(await app.WithDbAsync(d => d.Outlets.Where(o => o.Id == outlet.Id).Select(o => o.FetchFullText).SingleAsync()));

        var failing = outlet.Feeds.Single(f => f.Url.EndsWith("/atom"));
        await app.WithDbAsync(d => d.Feeds.Where(f => f.Id == failing.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextPollAt, DateTime.UtcNow.AddHours(3))));
        var polled = await Forms.PostAsync(http, $"/admin/media/{outlet.Id}/feed", new() { ["feedId"] = failing.Id.ToString() }, $"/admin/media/{outlet.Id}/feed?handler=PollNow");
        Assert.Equal(HttpStatusCode.Redirect, polled.StatusCode);
        Assert.True(await app.WithDbAsync(d => d.Feeds.Where(f => f.Id == failing.Id).Select(f => f.NextPollAt).SingleAsync()) <= DateTime.UtcNow);

        var opml = await http.GetAsync("/admin/media/feeds.opml");
        Assert.Equal("text/x-opml", opml.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"xmlUrl=\"{site.BaseUrl}/rss\"", await opml.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await app.Client().GetAsync("/admin/media/feeds.opml")).StatusCode);
    }
}
