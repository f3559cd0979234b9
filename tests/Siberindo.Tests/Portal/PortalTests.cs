using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siberindo.Portal;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

public sealed class PortalTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pages_show_stored_articles_and_links_go_out_through_the_counted_redirect(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var palu = await Seed.OutletAsync(app, "Warta Palu", "https://wartapalu.example", "72.71");
        var now = DateTime.UtcNow;
        var stored = await Seed.ArticlesAsync(app, serang, ("s1", "Banjir rendam <Serang>", now.AddMinutes(-5)));
        await Seed.ArticlesAsync(app, palu, ("p1", "Gempa guncang Palu", now.AddMinutes(-10)));
        using var http = app.Client();

        var home = await http.GetStringAsync("/");
        Assert.Contains("Banjir rendam &lt;Serang&gt;", home);
        Assert.Contains("Gempa guncang Palu", home);
        Assert.Contains($"href=\"/baca/{stored[0].Id}\"", home);
        Assert.Contains("Sulawesi Tengah", home);

        var province = await http.GetStringAsync("/provinsi/banten");
        Assert.Contains("Banjir rendam", province);
        Assert.DoesNotContain("Gempa guncang Palu", province);
        Assert.Contains("Gempa guncang Palu", await http.GetStringAsync("/media/warta-palu"));
        Assert.Equal(HttpStatusCode.MovedPermanently, (await http.GetAsync("/provinsi/36")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/provinsi/atlantis")).StatusCode);

        var redirect = await http.GetAsync($"/baca/{stored[0].Id}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("https://kabarserang.example/s1", redirect.Headers.Location!.ToString());
        await http.GetAsync($"/baca/{stored[0].Id}");
        await app.Services.GetRequiredService<ClickCounter>().FlushAsync(CancellationToken.None);
        Assert.Equal(2, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == stored[0].Id).Select(a => a.Clicks).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/baca/999999")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_is_cached_with_an_etag_and_shows_a_new_article_within_five_seconds()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var http = app.Client();
        var first = await http.GetAsync("/");
        Assert.NotNull(first.Headers.ETag);
        Assert.DoesNotContain("Pasar baru dibuka", await first.Content.ReadAsStringAsync());
        // The cache stores a page just after sending it: wait until a second request is served from it.
        var etag = await Eventually.CachedEtagAsync(http, "/", first.Headers.ETag!);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/");
        revalidate.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(revalidate)).StatusCode);

        await Seed.ArticlesAsync(app, outlet, ("n1", "Pasar baru dibuka", DateTime.UtcNow));

        await Eventually.PageContainsAsync(http, "/", "Pasar baru dibuka", TimeSpan.FromSeconds(5));
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/");
        stale.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(stale)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_articles_api_pages_and_filters(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var palu = await Seed.OutletAsync(app, "Warta Palu", "https://wartapalu.example", "72.71");
        var t = new DateTime(2025, 8, 5, 3, 0, 0, DateTimeKind.Utc);
        await Seed.ArticlesAsync(app, serang, Enumerable.Range(0, 5).Select(i => ($"s{i}", $"Serang {i}", t.AddMinutes(i))).ToArray());
        await Seed.ArticlesAsync(app, palu, ("p0", "Palu 0", t.AddHours(1)));
        using var http = app.Client();

        using var all = JsonDocument.Parse(await http.GetStringAsync("/api/v1/articles?limit=2&page=2"));
        Assert.Equal(6, all.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, all.RootElement.GetProperty("page").GetInt32());
        var items = all.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Serang 3", "Serang 2"], items.Select(i => i.GetProperty("title").GetString()));
        var item = items[0];
        Assert.Equal("https://kabarserang.example/s3", item.GetProperty("url").GetString());
        Assert.Equal("2025-08-05T03:03:00Z", item.GetProperty("published").GetString());
        Assert.Equal("kabar-serang", item.GetProperty("outlet").GetProperty("slug").GetString());
        Assert.Equal("Kabar Serang", item.GetProperty("outlet").GetProperty("name").GetString());
        Assert.Equal("36", item.GetProperty("province").GetProperty("code").GetString());
        Assert.Equal("Banten", item.GetProperty("province").GetProperty("name").GetString());
        Assert.True(item.GetProperty("id").GetInt64() > 0);

        using var palus = JsonDocument.Parse(await http.GetStringAsync("/api/v1/articles?province=72"));
        Assert.Equal(1, palus.RootElement.GetProperty("total").GetInt32());
        using var byOutlet = JsonDocument.Parse(await http.GetStringAsync("/api/v1/articles?outlet=kabar-serang&limit=1000"));
        Assert.Equal(5, byOutlet.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/articles?province=atlantis")).StatusCode);
        var openApi = await http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/articles", openApi);
    }

    [Fact]
    public async Task The_home_page_keeps_its_budget_with_one_headline_line_per_province_and_no_article_twice()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var now = DateTime.UtcNow;
        foreach (var (name, regency) in new[] { ("Kabar Serang", "36.04"), ("Warta Palu", "72.71"), ("Suara Jakarta", "31.71") })
        {
            var outlet = await Seed.OutletAsync(app, name, $"https://{name.Replace(" ", "").ToLowerInvariant()}.example", regency);
            await Seed.ArticlesAsync(app, outlet, Enumerable.Range(0, 30)
                .Select(i => ($"{regency}-{i}", $"{name}: berita nomor {i} hari ini", now.AddMinutes(-i - regency.Length))).ToArray());
        }
        using var http = app.Client();
        var home = await http.GetStringAsync("/");

        Assert.InRange(System.Text.RegularExpressions.Regex.Count(home, "<li class=\"card\">"), 1, Siberindo.Portal.HomeModel.TopStories);
        var links = System.Text.RegularExpressions.Regex.Matches(home, "href=\"/baca/(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(links.Count, links.Distinct().Count());
        foreach (var slug in new[] { "banten", "sulawesi-tengah", "daerah-khusus-ibukota-jakarta" })
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(home, $"class=\"province\" href=\"/provinsi/{slug}\""));
        Assert.True(home.Length < 60_000, $"{home.Length} characters");
    }

    [Fact]
    public async Task Pages_forbid_foreign_scripts()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = app.Client();
        var response = await http.GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }
}
