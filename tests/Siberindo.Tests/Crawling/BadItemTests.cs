using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Outlets;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Crawling;

/// <summary>One item a column cannot hold is skipped with its reason; it never keeps the rest of its feed or file out.</summary>
public sealed class BadItemTests
{
    // Two guids that differ only after their first 1,000 characters (the column's length), and a link of 2,100.
    private static readonly string LongGuid = "tag:kabaruji.example,2025:" + new string('x', 1100);
    private static string Item(string guid, string link, string title) =>
        $"<item><title>{title}</title><link>{WebUtility.HtmlEncode(link)}</link><guid isPermaLink=\"false\">{WebUtility.HtmlEncode(guid)}</guid>" +
        $"<pubDate>{DateTimeOffset.UtcNow.AddMinutes(-10):r}</pubDate><description>Ringkasan {title}.</description></item>";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_feed_item_that_does_not_fit_is_skipped_and_shown_while_the_others_are_stored(string provider)
    {
        await using var site = await LoopbackSite.StartAsync((app, baseUrl) => app.MapGet("/feed", () => Results.Content(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Kabar Uji</title>" +
            Item(LongGuid + "-satu", $"{baseUrl()}/satu", "Berita satu") +
            Item(LongGuid + "-dua", $"{baseUrl()}/dua", "Berita dua") +
            Item("panjang", $"{baseUrl()}/{new string('p', 2100)}", "Berita bertautan panjang") +
            Item("biasa", $"{baseUrl()}/biasa", "Berita biasa") +
            "</channel></rss>", "application/rss+xml")));
        await using var app = await TestApp.StartAsync(provider, "--Crawler:AllowLoopback=true");
        var feedId = await FetcherTests.AddFeedAsync(app, site.BaseUrl, $"{site.BaseUrl}/feed");

        var first = await FetcherTests.PollAsync(app, feedId);
        var second = await FetcherTests.PollAsync(app, feedId);

        Assert.True(first.Success, first.Error);
        Assert.Equal(3, first.NewArticles);
        Assert.True(second.Success, second.Error);
        Assert.Equal(0, second.NewArticles); // the long guids are recognised as they are stored
        var titles = await app.WithDbAsync(db => db.Articles.OrderBy(a => a.Title).Select(a => a.Title).ToListAsync());
        Assert.Equal(["Berita biasa", "Berita dua", "Berita satu"], titles);
        var feed = await app.WithDbAsync(db => db.Feeds.SingleAsync(f => f.Id == feedId));
        Assert.Equal(FeedHealth.Healthy, feed.Health);
        Assert.Equal(1, feed.LastSkippedItems);

        using var http = await Users.SignedInAsync(app, "admin@smsi.example", Roles.Admin);
        var page = WebUtility.HtmlDecode(await http.GetStringAsync($"/admin/media/{feed.OutletId}/feed"));
        Assert.Contains("Item dilewati", page);
        Assert.Contains("Tautan lebih dari 2000 karakter", page);
        Assert.Contains("guid panjang", page);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_imported_line_that_does_not_fit_is_reported_and_the_others_are_stored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        string Line(string guid, string url) => JsonSerializer.Serialize(new { guid, outlet = "kabar.example", url, title = "Judul " + guid[..4], published = "2025-08-05T10:00:00+07:00", body = "Isi." });
        var path = Path.Combine(Directory.CreateTempSubdirectory("articles-").FullName, "articles.jsonl");
        await File.WriteAllLinesAsync(path, [
            Line("A001", "https://kabar.example/a1"),
            Line("B002", "https://kabar.example/" + new string('b', 2100)),
            Line(LongGuid + "-1", "https://kabar.example/c1"),
            Line(LongGuid + "-2", "https://kabar.example/c2"),
        ]);

        var (exit, output, errors) = await CliRunner.RunAsync(["import", "articles", path, "--create-outlets", .. db.ConfigurationArgs]);

        Assert.Equal(0, exit);
        Assert.Contains("Stored 3 new article(s)", output);
        Assert.Contains("1 skipped", output);
        Assert.Contains("articles.jsonl:2: skipped: Tautan lebih dari 2000 karakter", errors);
        await using var app = await TestApp.StartAsync(db, []);
        Assert.Equal(3, await app.WithDbAsync(d => d.Articles.CountAsync()));
        Assert.All(await app.WithDbAsync(d => d.Articles.Select(a => a.Guid).ToListAsync()), g => Assert.True(g.Length <= 1000));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_article_the_database_refuses_is_skipped_and_the_rest_of_its_batch_is_stored(string provider)
    {
        // PostgreSQL refuses a NUL character in text, SQLite stores it: the same file, the database's own verdict.
        await using var db = await TestDatabase.CreateAsync(provider);
        string Line(string guid, string body) => JsonSerializer.Serialize(new { guid, outlet = "kabar.example", url = $"https://kabar.example/{guid}", title = "Judul " + guid, published = "2025-08-05T10:00:00+07:00", body });
        var path = Path.Combine(Directory.CreateTempSubdirectory("articles-").FullName, "articles.jsonl");
        await File.WriteAllLinesAsync(path, [Line("N1", "Isi satu."), Line("N2", "Isi\u0000dua."), Line("N3", "Isi tiga.")]);

        var (exit, output, errors) = await CliRunner.RunAsync(["import", "articles", path, "--create-outlets", .. db.ConfigurationArgs]);

        Assert.Equal(0, exit);
        await using var app = await TestApp.StartAsync(db, []);
        var guids = await app.WithDbAsync(d => d.Articles.OrderBy(a => a.Guid).Select(a => a.Guid).ToListAsync());
        if (provider == "Postgres")
        {
            Assert.Equal(["N1", "N3"], guids);
            Assert.Contains("articles.jsonl:2: skipped: Basis data menolak artikel ini", errors);
            Assert.Contains("Stored 2 new article(s)", output);
        }
        else Assert.Equal(["N1", "N2", "N3"], guids);
    }
}
