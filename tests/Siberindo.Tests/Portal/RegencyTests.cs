using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Siberindo.Portal;
using Siberindo.Portal.Sitemaps;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

/// <summary>Regency and city pages (/kabupaten/{slug}) beside the province pages. Their feeds are checked in FeedTests.</summary>
public sealed class RegencyTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_regency_page_shows_the_news_of_outlets_based_there_paged_and_is_linked_from_its_province(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var tangerang = await Seed.OutletAsync(app, "Tangerang Hari Ini", "https://tangerangharini.example", "36.71");
        var now = DateTime.UtcNow;
        // One page and two more than it holds, so the second page has exactly the two oldest.
        var count = RegencyPageModel.PageSize + 2;
        await Seed.ArticlesAsync(app, serang, Enumerable.Range(0, count).Select(i => ($"s{i}", $"Serang nomor {i:00}", now.AddMinutes(-i))).ToArray());
        await Seed.ArticlesAsync(app, tangerang, ("t1", "Banjir di Kota Tangerang", now));
        using var http = app.Client();

        var page = await http.GetStringAsync("/kabupaten/kabupaten-serang");
        Assert.Contains("<h1>Kabupaten Serang</h1>", page);
        Assert.Contains($"{count} berita dari 1 media anggota yang berkantor di Kabupaten Serang", page);
        Assert.Contains($"href=\"/media/{serang.Slug}\"", page);
        Assert.Contains("href=\"/provinsi/banten\"", page);
        Assert.Contains("Serang nomor 00", page);
        Assert.DoesNotContain("Banjir di Kota Tangerang", page);
        Assert.Equal(RegencyPageModel.PageSize, Regex.Count(page, "<li class=\"card\">"));
        Assert.Contains("rel=\"next\" href=\"?halaman=2\"", page);
        var second = await http.GetStringAsync("/kabupaten/kabupaten-serang?halaman=2");
        Assert.Equal(2, Regex.Count(second, "<li class=\"card\">"));
        Assert.Contains($"Serang nomor {count - 1:00}", second);
        Assert.DoesNotContain("Serang nomor 00<", second);

        var city = await http.GetStringAsync("/kabupaten/kota-tangerang");
        Assert.Contains("Banjir di Kota Tangerang", city);
        Assert.DoesNotContain("Serang nomor", city);

        // The code resolves to the slug, as province codes do; an unknown key is a page saying so, answered 404.
        var byCode = await http.GetAsync("/kabupaten/36.04");
        Assert.Equal(HttpStatusCode.MovedPermanently, byCode.StatusCode);
        Assert.Equal("/kabupaten/kabupaten-serang", byCode.Headers.Location!.ToString());
        var unknown = await http.GetAsync("/kabupaten/atlantis");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var unknownPage = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Kabupaten/kota tidak ditemukan", unknownPage);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", unknownPage);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/kabupaten/99.99")).StatusCode);

        // The province page lists every regency and city of the province with its outlets; the outlet page names its own.
        var province = await http.GetStringAsync("/provinsi/banten");
        Assert.Contains("<a href=\"/kabupaten/kabupaten-serang\">Kabupaten Serang</a> <small>1 media</small>", province);
        Assert.Contains("<a href=\"/kabupaten/kabupaten-pandeglang\">Kabupaten Pandeglang</a> <small>0 media</small>", province);
        Assert.Equal(8, Regex.Count(province, "href=\"/kabupaten/")); // Banten: 4 kabupaten, 4 kota
        Assert.Contains("href=\"/kabupaten/kabupaten-serang\">Kabupaten Serang</a>", await http.GetStringAsync($"/media/{serang.Slug}"));
    }

    [Fact]
    public async Task A_cached_regency_page_shows_a_new_article_within_seconds_of_ingest()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, serang, ("s1", "Harga cabai naik", DateTime.UtcNow.AddMinutes(-5)));
        using var http = app.Client();
        var first = await http.GetAsync("/kabupaten/kabupaten-serang");
        Assert.Contains("s-maxage", first.Headers.CacheControl!.ToString());
        Assert.NotNull(first.Headers.ETag);
        Assert.DoesNotContain("Pasar Rau dibuka", await first.Content.ReadAsStringAsync());

        await Seed.ArticlesAsync(app, serang, ("s2", "Pasar Rau dibuka", DateTime.UtcNow));

        await Eventually.PageContainsAsync(http, "/kabupaten/kabupaten-serang", "Pasar Rau dibuka", TimeSpan.FromSeconds(5));
        await Eventually.PageContainsAsync(http, "/kabupaten/kabupaten-serang/feed.json", "Pasar Rau dibuka", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_sitemap_index_lists_a_sitemap_of_the_regency_pages_where_member_outlets_are_based()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.OutletAsync(app, "Serang Pos", "https://serangpos.example", "36.04");
        await Seed.OutletAsync(app, "Warta Palu", "https://wartapalu.example", "72.71");
        using var http = app.Client();
        var root = app.BaseAddress.ToString().TrimEnd('/');
        XNamespace sm = SitemapWriter.Ns;

        var index = XDocument.Parse(await http.GetStringAsync("/sitemap.xml"));
        var sitemaps = index.Root!.Elements(sm + "sitemap").Select(s => (string)s.Element(sm + "loc")!).ToList();
        Assert.Contains($"{root}/sitemap-kabupaten-1.xml", sitemaps);
        var regencies = XDocument.Parse(await http.GetStringAsync("/sitemap-kabupaten-1.xml"));
        var urls = regencies.Root!.Elements(sm + "url").Select(u => (string)u.Element(sm + "loc")!).ToList();
        Assert.Equal([$"{root}/kabupaten/kabupaten-serang", $"{root}/kabupaten/kota-palu"], urls);
        foreach (var url in urls) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sitemap-kabupaten-2.xml")).StatusCode);
    }
}
