using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Siberindo.Portal.Seo;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

/// <summary>Canonical URLs, OpenGraph and X card tags and JSON-LD on public pages, as a crawler reads them (the browser's view: Browser/SharingBrowserTests).</summary>
public sealed partial class PageMetaTests
{
    /// <summary>Closes the script element, opens a comment, quotes, and a line separator that ends a JavaScript string.</summary>
    public const string HostileTitle = "Banjir </script><script>alert('x')</script><!-- \"kutip\" & 'apostrof' \u2028 selesai";

    [Fact]
    public void Serialized_json_ld_holds_no_character_that_could_end_its_script_element()
    {
        var json = StructuredData.Serialize(new JsonObject { ["headline"] = HostileTitle });
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.DoesNotContain('\u2028', json);
        Assert.Equal(HostileTitle, JsonNode.Parse(json)!["headline"]!.GetValue<string>());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_public_page_names_its_canonical_url_and_has_opengraph_twitter_and_json_ld(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (serang, storyUrl) = await SeedAsync(app, "Banjir rendam Serang");
        // A second page of Banten exists only past its first 40 articles (a page past the end is a 404).
        var cilegon = await Seed.OutletAsync(app, "Warta Cilegon", "https://wartacilegon.example", "36.72");
        await Seed.ArticlesAsync(app, cilegon, Enumerable.Range(0, 41)
            .Select(i => ($"c{i}", $"Jadwal pelayanan kelurahan {i} di Cilegon", DateTime.UtcNow.AddDays(-2).AddMinutes(-i))).ToArray());
        using var http = app.Client();
        var root = app.BaseAddress.ToString().TrimEnd('/');

        var pages = new (string Path, string Canonical, string OgType, string[] JsonLd)[]
        {
            ("/", "/", "website", ["WebSite", "Organization", "ItemList"]),
            ("/provinsi", "/provinsi", "website", []),
            ("/provinsi/banten", "/provinsi/banten", "website", ["ItemList"]),
            ("/provinsi/banten?halaman=2", "/provinsi/banten?halaman=2", "website", ["ItemList"]),
            ("/kabupaten/kabupaten-serang", "/kabupaten/kabupaten-serang", "website", ["ItemList"]),
            ("/media", "/media", "website", []),
            ($"/media/{serang.Slug}", $"/media/{serang.Slug}", "website", ["Organization", "ItemList"]),
            (storyUrl, storyUrl, "article", ["NewsArticle"]),
            ("/cari?q=banjir", "/cari?q=banjir", "website", ["ItemList"]),
            ("/statistik?tahun=2025", "/statistik", "website", []),
        };
        foreach (var (path, canonical, ogType, jsonLd) in pages)
        {
            var html = await http.GetStringAsync(path);
            var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
            var meta = MetaTags(head);
            Assert.True(CanonicalPattern().Match(head) is { Success: true } c && WebUtility.HtmlDecode(c.Groups[1].Value) == root + canonical,
                $"{path}: canonical should be {root + canonical}");
            Assert.Equal(root + canonical, meta["og:url"]);
            Assert.Equal(ogType, meta["og:type"]);
            Assert.Equal("Siberindo", meta["og:site_name"]);
            Assert.Equal("id_ID", meta["og:locale"]);
            Assert.False(string.IsNullOrWhiteSpace(meta["og:title"]), path);
            Assert.False(string.IsNullOrWhiteSpace(meta["og:description"]), path);
            Assert.Equal(meta["og:title"], meta["twitter:title"]);
            Assert.Equal("summary_large_image", meta["twitter:card"]);
            Assert.Equal(meta["og:image"], meta["twitter:image"]);
            Assert.StartsWith(root + "/", meta["og:image"]);
            Assert.Equal(jsonLd, JsonLd(html).Select(d => d["@type"]!.GetValue<string>()).ToArray());
        }

        // The preview image is a real PNG of the size announced.
        using var image = await http.GetAsync(SiteIdentity.DefaultImagePath);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        var png = await image.Content.ReadAsByteArrayAsync();
        Assert.Equal(SiteIdentity.DefaultImageWidth, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(SiteIdentity.DefaultImageHeight, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

        // The story as a NewsArticle, based on its outlet's article at the outlet's own address.
        var article = JsonLd(await http.GetStringAsync(storyUrl)).Single();
        Assert.Equal("Banjir rendam Serang", article["headline"]!.GetValue<string>());
        Assert.Equal(root + storyUrl, article["mainEntityOfPage"]!.GetValue<string>());
        Assert.Equal("Kabar Serang", article["author"]!["name"]!.GetValue<string>());
        Assert.Equal("https://kabarserang.example/a1", article["isBasedOn"]![0]!["url"]!.GetValue<string>());
        // An outlet: its own website, its place, a member of the association.
        var outlet = JsonLd(await http.GetStringAsync($"/media/{serang.Slug}"))[0];
        Assert.Equal("https://kabarserang.example", outlet["url"]!.GetValue<string>());
        Assert.Equal("Kabupaten Serang", outlet["address"]!["addressLocality"]!.GetValue<string>());
        Assert.Equal("Banten", outlet["address"]!["addressRegion"]!.GetValue<string>());
        Assert.Equal("Siberindo", outlet["memberOf"]!["name"]!.GetValue<string>());
        // A list: each card's story page.
        var list = JsonLd(await http.GetStringAsync("/kabupaten/kabupaten-serang")).Single();
        Assert.Equal(root + storyUrl, list["itemListElement"]![0]!["url"]!.GetValue<string>());
        Assert.Equal(1, list["numberOfItems"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_hostile_title_stays_inside_the_json_ld_of_every_page_it_appears_on()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var (serang, storyUrl) = await SeedAsync(app, HostileTitle);
        using var http = app.Client();
        foreach (var path in new[] { "/", "/provinsi/banten", "/kabupaten/kabupaten-serang", $"/media/{serang.Slug}", storyUrl, "/cari?q=banjir" })
        {
            var html = await http.GetStringAsync(path);
            var blocks = JsonLdPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(blocks);
            Assert.All(blocks, b => Assert.DoesNotContain('<', b));
            // Every script element the page opens is one of ours and is closed where we closed it.
            Assert.Equal(blocks.Count, Regex.Count(html, "<script"));
            Assert.Equal(blocks.Count, Regex.Count(html, "</script>"));
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains(HostileTitle, JsonLd(html).SelectMany(Strings));
        }
    }

    /// <summary>One outlet in Kabupaten Serang with one article, assigned to its story; the story page's path.</summary>
    private static async Task<(Siberindo.Outlets.Outlet Outlet, string StoryUrl)> SeedAsync(TestApp app, string title)
    {
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, serang, ("a1", title, DateTime.UtcNow.AddMinutes(-5)));
        await app.Services.GetRequiredService<Siberindo.Search.SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        var story = await app.WithDbAsync(db => db.Set<Story>().AsNoTracking().SingleAsync());
        return (serang, StoryPages.Url(story.Id, story.Title));
    }

    /// <summary>Every string value in a JSON document, at any depth.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    public static Dictionary<string, string> MetaTags(string head) =>
        MetaPattern().Matches(head).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    public static List<JsonNode> JsonLd(string html) =>
        JsonLdPattern().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!).ToList();

    [GeneratedRegex("<meta (?:property|name)=\"((?:og|twitter):[a-z_:]+)\" content=\"([^\"]*)\">")]
    private static partial Regex MetaPattern();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\">")]
    private static partial Regex CanonicalPattern();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
