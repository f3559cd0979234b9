using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Crawling;
using Siberindo.Outlets;
using Siberindo.Search;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;
using Siberindo.Tests.Stories;

namespace Siberindo.Tests.Crawling;

/// <summary>Full text: summary-only feeds get the article page's main text, in the background, for outlets that ask.</summary>
public sealed class FullTextTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_the_main_text_of_the_page_only_for_outlets_that_switched_it_on(string provider)
    {
        var now = DateTimeOffset.UtcNow;
        string[] paragraphs =
        [
            "SERANG – Pemerintah daerah meresmikan pasar rakyat yang baru dibangun di pusat kota pada Senin pagi.",
            "Bupati mengatakan pasar itu menampung lebih dari dua ratus pedagang yang sebelumnya berjualan di bahu jalan.",
            "Para pedagang menyambut baik kepindahan tersebut karena los yang tersedia lebih bersih dan tertata rapi.",
            "Pengelola pasar memastikan retribusi tidak naik selama enam bulan pertama agar pedagang bisa menyesuaikan diri.",
        ];
        await using var site = await LoopbackSite.StartAsync((app, baseUrl) =>
        {
            app.MapGet("/feed", () => Results.Content(TestFeeds.Rss(baseUrl(), [now.AddMinutes(-5), now.AddMinutes(-25)]), "application/rss+xml"));
            app.MapGet("/{slug}", (string slug) => Results.Content(TestFeeds.ArticlePage("Pasar rakyat diresmikan " + slug, paragraphs), "text/html; charset=utf-8"));
        });
        await using var app = await TestApp.StartAsync(provider, "--Crawler:AllowLoopback=true", "--Crawler:Enabled=true", "--Crawler:PollInterval=01:00:00");
        var withText = await FetcherTests.AddFeedAsync(app, site.BaseUrl + "/a", $"{site.BaseUrl}/feed", fullText: true);
        var without = await FetcherTests.AddFeedAsync(app, site.BaseUrl + "/b", $"{site.BaseUrl}/feed?b", fullText: false);

        List<(int? FeedId, string? Body)> articles = [];
        await Eventually.TrueAsync(async () =>
        {
            articles = (await app.WithDbAsync(db => db.Articles.Select(a => new { a.FeedId, a.Body }).ToListAsync())).Select(a => (a.FeedId, a.Body)).ToList();
            return articles.Count >= 4 && !articles.Any(a => a.FeedId == withText && a.Body is null);
        }, TimeSpan.FromSeconds(60), "four articles, those of the full-text feed with their body");

        Assert.Equal(4, articles.Count);
        Assert.All(articles.Where(a => a.FeedId == withText), a =>
        {
            Assert.Contains(paragraphs[1], a.Body);
            Assert.Contains(paragraphs[3], a.Body);
            Assert.DoesNotContain("Terpopuler", a.Body);
            Assert.DoesNotContain("Hak cipta", a.Body);
        });
        Assert.All(articles.Where(a => a.FeedId == without), a => Assert.Null(a.Body));
        // Pages are fetched only for the outlet that asked: two article pages, not four.
        Assert.Equal(2, site.Requests.Count(r => r.Request.StartsWith("GET /berita-")));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_body_fetched_after_the_article_was_assigned_reaches_search_and_later_copies(string provider)
    {
        // The feed gives only a teaser that shares no words with the page; the page holds the press release.
        await using var site = await LoopbackSite.StartAsync((app, _) =>
            app.MapGet("/benih", () => Results.Content(TestFeeds.ArticlePage("Benih jagung untuk petani", StoryTexts.Seeds), "text/html; charset=utf-8")));
        await using var db = await TestDatabase.CreateAsync(provider);
        long id;
        Outlet copier;
        var published = DateTime.UtcNow.AddHours(-2);
        await using (var app = await TestApp.StartAsync(db, ["--Crawler:AllowLoopback=true"]))
        {
            var original = await Seed.OutletAsync(app, "Sumbawa Kini", site.BaseUrl, "52.04");
            copier = await Seed.OutletAsync(app, "Kabar NTB", "https://kabarntb.example", "52.04");
            var stored = await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(original, null,
                [new IncomingArticle("benih", $"{site.BaseUrl}/benih", "Bantuan untuk desa", "<p>Klik untuk membaca selengkapnya.</p>", null, null, published)]));
            id = stored.Stored.Single().Id;
            var stories = app.Services.GetRequiredService<StoryAssigner>();
            var search = app.Services.GetRequiredService<SearchIndexer>();
            await stories.AssignAllAsync(TimeSpan.FromSeconds(30));
            await search.IndexAllAsync(TimeSpan.FromSeconds(30));

            Assert.True(await app.Services.GetRequiredService<FullTextService>().FetchAsync(new FullTextJob(id, $"{site.BaseUrl}/benih"), CancellationToken.None));
            await search.IndexAllAsync(TimeSpan.FromSeconds(30));
            await stories.AssignAllAsync(TimeSpan.FromSeconds(30));

            // Search has the body's words, and a copy of the body published later is attributed to the original.
            var found = await app.WithServiceAsync<ArticleSearch, List<SearchListing>>(s => s.TopArticlesAsync("Sahabuddin irigasi", SearchFilters.None, 10));
            Assert.Equal(["benih"], found.Select(f => f.Guid));
            await StoryTests.IngestAsync(app, copier, StoryTexts.Article("salin", "kabarntb.example", "Petani Lape terima benih jagung",
                StoryTexts.Body(StoryTexts.Seeds[..3], "SUMBAWA BESAR", "(rls/red)"), published.AddHours(1)));
            var copy = await app.WithDbAsync(d => d.Articles.SingleAsync(a => a.Guid == "salin"));
            Assert.Equal(id, copy.CopyOfId);
            Assert.Equal(0, await stories.PendingCountAsync(CancellationToken.None));
        }

        // The same holds for an index rebuilt from the stored fingerprints (after a restart, or in another process).
        await using var restarted = await TestApp.StartAsync(db, ["--Crawler:AllowLoopback=true"]);
        await StoryTests.IngestAsync(restarted, copier, StoryTexts.Article("salin-2", "kabarntb.example", "Benih jagung hibrida untuk Lape",
            StoryTexts.Body(StoryTexts.Seeds[1..], "SUMBAWA BESAR"), published.AddHours(2)));
        var second = await restarted.WithDbAsync(d => d.Articles.SingleAsync(a => a.Guid == "salin-2"));
        Assert.Equal(id, second.CopyOfId);
    }

    [Fact]
    public void Extraction_keeps_paragraphs_and_drops_the_page_chrome()
    {
        var html = TestFeeds.ArticlePage("Banjir surut", "Air mulai surut sejak Selasa malam di tiga kecamatan yang terdampak paling parah oleh banjir kiriman.",
            "Warga kembali membersihkan rumah dan perabot yang terendam lumpur setinggi lutut orang dewasa di sepanjang bantaran sungai.",
            "Dinas sosial membuka dapur umum hingga akhir pekan untuk membantu keluarga yang belum bisa memasak di rumah mereka sendiri.");

        var text = FullTextService.Extract(new Uri("https://kabaruji.example/banjir"), System.Text.Encoding.UTF8.GetBytes(html));

        Assert.NotNull(text);
        Assert.Equal(3, text.Split("\n\n").Length);
        Assert.DoesNotContain("Beranda", text);
    }
}
