using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Portal;
using Siberindo.Tests.Infrastructure;
using Siberindo.Traffic;

namespace Siberindo.Tests.Traffic;

/// <summary>The member traffic dashboard: readers counted through /baca/{id}, per day and per article, only inside the user's area.</summary>
public sealed class TrafficDashboardTests
{
    private static string Iso(DateOnly day) => TrafficRange.Iso(day);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_editor_sees_its_outlets_readers_per_day_and_article_as_chart_table_and_csv_and_nobody_sees_them_outside_their_area(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var palu = await Seed.OutletAsync(app, "Warta Palu", "https://wartapalu.example", "72.71");
        var now = DateTime.UtcNow;
        var ours = await Seed.ArticlesAsync(app, serang,
            ("s1", "Banjir rendam Serang", now.AddDays(-3)),
            ("s2", "=HYPERLINK(\"https://jahat.example\") judul, dengan koma", now.AddDays(-2)));
        var theirs = await Seed.ArticlesAsync(app, palu, ("p1", "Gempa guncang Palu", now.AddDays(-1)));

        // Readers today, through the counted redirect as readers come; earlier days as the counter stored them.
        using (var reader = app.Client())
        {
            for (var i = 0; i < 3; i++) await reader.GetAsync($"/baca/{ours[0].Id}");
            await reader.GetAsync($"/baca/{ours[1].Id}");
            for (var i = 0; i < 7; i++) await reader.GetAsync($"/baca/{theirs[0].Id}");
        }
        await app.Services.GetRequiredService<ClickCounter>().FlushAsync(CancellationToken.None);
        var today = ArticleClickDay.DayOf(DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db =>
        {
            db.AddRange(
                new ArticleClickDay { ArticleId = ours[0].Id, OutletId = serang.Id, Day = today.AddDays(-2), Clicks = 5 },
                new ArticleClickDay { ArticleId = ours[1].Id, OutletId = serang.Id, Day = today.AddDays(-1), Clicks = 2 },
                // Outside the default 30 days: only a longer range shows it.
                new ArticleClickDay { ArticleId = ours[0].Id, OutletId = serang.Id, Day = today.AddDays(-40), Clicks = 11 });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<ArticleClickDay>().Where(c => c.ArticleId == ours[0].Id && c.Day == today).Select(c => c.Clicks).SingleAsync()));
        Assert.Equal(3, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == ours[0].Id).Select(a => a.Clicks).SingleAsync()));

        using var editor = await Users.SignedInAsync(app, "redaksi@kabarserang.example", Roles.OutletEditor, outlet: serang.Id);
        var dashboard = TrafficEndpoints.PagePath(serang.Id);
        var page = await editor.GetStringAsync(dashboard);
        Assert.Contains("Pembaca dari Siberindo", page);
        Assert.Contains($"<dd id=\"total\">11</dd>", page);          // 3 + 1 today, 5 and 2 before, in the last 30 days
        Assert.Contains($"<dd id=\"articles-read\">2</dd>", page);
        Assert.Contains($"value=\"{Iso(today.AddDays(-29))}\"", page); // the default range: the last 30 days
        Assert.Contains($"value=\"{Iso(today)}\"", page);
        Assert.Contains($"<time datetime=\"{Iso(today.AddDays(-2))}\">", page);
        Assert.Contains("Banjir rendam Serang", page);
        Assert.DoesNotContain("Gempa guncang Palu", page);
        Assert.Contains("<label for=\"dari\">", page);
        Assert.Contains("<caption>Pembaca per hari", page);
        // The editor's own link in the admin menu, marked as the page shown.
        Assert.Contains($"href=\"{dashboard}\" aria-current=\"page\">Pembaca</a>", page);

        var svg = await editor.GetAsync($"{dashboard}.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"{dashboard}-artikel.svg")).StatusCode);

        var csv = await editor.GetAsync($"{dashboard}.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", csv.Headers.CacheControl!.ToString());
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "tanggal,artikel_id,judul,url,diterbitkan,pembaca",
            $"{Iso(today.AddDays(-2))},{ours[0].Id},Banjir rendam Serang,https://kabarserang.example/s1,{PortalFormat.Iso(ours[0].Published)},5",
            // A title that would run as a formula in a spreadsheet is written as text.
            $"{Iso(today.AddDays(-1))},{ours[1].Id},\"'=HYPERLINK(\"\"https://jahat.example\"\") judul, dengan koma\",https://kabarserang.example/s2,{PortalFormat.Iso(ours[1].Published)},2",
            $"{Iso(today)},{ours[0].Id},Banjir rendam Serang,https://kabarserang.example/s1,{PortalFormat.Iso(ours[0].Published)},3",
            $"{Iso(today)},{ours[1].Id},\"'=HYPERLINK(\"\"https://jahat.example\"\") judul, dengan koma\",https://kabarserang.example/s2,{PortalFormat.Iso(ours[1].Published)},1",
        ], lines);

        // A chosen range: the older day only.
        var older = $"?dari={Iso(today.AddDays(-45))}&sampai={Iso(today.AddDays(-31))}";
        var olderLines = (await editor.GetStringAsync($"{dashboard}.csv{older}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{Iso(today.AddDays(-40))},{ours[0].Id},Banjir rendam Serang,https://kabarserang.example/s1,{PortalFormat.Iso(ours[0].Published)},11", Assert.Single(olderLines[1..]));
        Assert.Contains("<dd id=\"total\">11</dd>", await editor.GetStringAsync(dashboard + older));
        Assert.Contains("<dd id=\"all-time\">4</dd>", await editor.GetStringAsync(dashboard + older)); // the articles' running totals
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"{dashboard}.csv?dari={Iso(today)}&sampai={Iso(today.AddDays(-1))}")).StatusCode);
        Assert.Contains("class=\"error\"", await editor.GetStringAsync($"{dashboard}?dari=kemarin"));

        // Another outlet's figures: not for this editor, whichever way they are asked for.
        var other = TrafficEndpoints.PagePath(palu.Id);
        foreach (var path in new[] { other, $"{other}.svg", $"{other}-artikel.svg", $"{other}.csv", $"{other}.csv?dari={Iso(today.AddDays(-300))}" })
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(path)).StatusCode);

        // Boards see the outlets of their area only; the national board sees all.
        using var sulteng = await Users.SignedInAsync(app, "sulteng@smsi.example", Roles.ProvinceAdmin, province: "72");
        Assert.Equal(HttpStatusCode.NotFound, (await sulteng.GetAsync($"{dashboard}.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sulteng.GetAsync(dashboard)).StatusCode);
        var paluCsv = await sulteng.GetStringAsync($"{other}.csv");
        Assert.Contains($",{theirs[0].Id},Gempa guncang Palu,", paluCsv);
        Assert.DoesNotContain("Serang", paluCsv);
        using var kabSerang = await Users.SignedInAsync(app, "serang@smsi.example", Roles.RegencyAdmin, province: "36", regency: "36.04");
        Assert.Equal(HttpStatusCode.OK, (await kabSerang.GetAsync(dashboard)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kabSerang.GetAsync(other)).StatusCode);
        using var kabLebak = await Users.SignedInAsync(app, "lebak@smsi.example", Roles.RegencyAdmin, province: "36", regency: "36.02");
        Assert.Equal(HttpStatusCode.NotFound, (await kabLebak.GetAsync($"{dashboard}.csv")).StatusCode);
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        Assert.Contains("<dd id=\"total\">7</dd>", await pusat.GetStringAsync(other));
        Assert.Equal(HttpStatusCode.OK, (await pusat.GetAsync($"{dashboard}.csv")).StatusCode);
    }

    [Fact]
    public void A_title_with_markup_stays_text_in_the_chart_svg()
    {
        var title = "Harga <naik> & </text><script>alert(1)</script>";
        var svg = Siberindo.Statistics.Charts.Svg(TrafficChart.PerArticle([new TrafficReport.ArticleTotal(1, title, "https://x.example/1", DateTime.UtcNow, 3, 3)]),
            TrafficChart.Width, TrafficChart.ArticlesHeight(1));
        // Well-formed, with the title as text (shortened to fit) and no element a title could have smuggled in.
        var doc = System.Xml.Linq.XDocument.Parse(svg);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.Contains(doc.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Trim().StartsWith("Harga <naik> & </text>"));
    }

    [Theory]
    [InlineData(null, null, "2026-01-02", "2026-01-31", null)]
    [InlineData("2026-01-10", null, "2026-01-10", "2026-01-31", null)]
    [InlineData("2025-12-01", null, "2025-12-01", "2025-12-30", null)]
    [InlineData(null, "2026-01-15", "2025-12-17", "2026-01-15", null)]
    [InlineData("2026-01-20", "2026-01-10", "2026-01-02", "2026-01-31", "sebelum")]
    [InlineData("2024-01-01", "2026-01-31", "2026-01-02", "2026-01-31", "366")]
    [InlineData("31/01/2026", null, "2026-01-02", "2026-01-31", "tidak terbaca")]
    public void A_range_defaults_to_the_last_30_days_and_says_what_is_wrong_with_an_unreadable_one(
        string? from, string? to, string first, string last, string? error)
    {
        var (range, message) = TrafficRange.Parse(from, to, new DateOnly(2026, 1, 31));
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (range.From, range.To));
        if (error is null) Assert.Null(message);
        else Assert.Contains(error, message);
    }
}
