using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Crawling;
using Siberindo.Search;
using Siberindo.Stories;
using Siberindo.Tests.Crawling;
using Siberindo.Tests.Infrastructure;
using Siberindo.Thumbnails;
using SkiaSharp;

namespace Siberindo.Tests.Thumbnails;

/// <summary>
/// Feed pictures through the real pipeline: a member's site on loopback, the crawler's fetcher and guard, the stage,
/// the database, the served file and the cards.
/// </summary>
public sealed class ThumbnailPipelineTests
{
    /// <summary>Each item of the member's feed: its picture on the site (null: none), and what must become of it.</summary>
    private static readonly (string Slug, string Title, string? Picture, string? Refusal)[] Items =
    [
        ("foto-jpeg", "Pasar rakyat Serang ramai pembeli menjelang Lebaran", "/img/pasar.jpg", null),
        ("foto-png", "Pelabuhan Merak menambah dermaga untuk arus mudik", "/img/pelabuhan.png", null),
        ("svg-berskrip", "Petani cabai di Pandeglang mengeluhkan harga pupuk", "/img/jahat.svg", "SVG"),
        ("html-menyamar", "Banjir rob menggenangi permukiman pesisir Tangerang", "/img/palsu.jpg", "HTML page"),
        ("bom-piksel", "Sekolah dasar di Lebak direnovasi setelah atapnya ambruk", "/img/bom.png", "more than 40 megapixels"),
        ("terlalu-besar", "Festival debus digelar di alun-alun kota", "/img/besar.jpg", "larger than 5 MiB"),
        ("tanpa-akhir", "Jalan provinsi rusak parah, warga menanam pohon pisang", "/img/tanpa-akhir.jpg", "larger than 5 MiB"),
        ("ke-metadata", "Polisi menangkap pelaku pencurian motor di Cilegon", "/img/ke-metadata.jpg", "Refused to connect"),
        ("hilang", "Dinas kesehatan menggelar vaksinasi gratis untuk lansia", "/img/hilang.jpg", "404"),
        ("tanpa-gambar", "Tim sepak bola putri lolos ke babak final", null, null),
    ];

    private static readonly byte[] Jpeg = TestImages.Photo(1200, 675);
    private static readonly byte[] Png = TestImages.Photo(960, 640, SKEncodedImageFormat.Png, seed: 9);

    internal static async Task<LoopbackSite> MemberSiteAsync(int? endlessBytes = null) => await LoopbackSite.StartAsync((app, baseUrl) =>
    {
        app.MapGet("/feed", () => Results.Content(Feed(baseUrl()), "application/rss+xml"));
        app.MapGet("/img/pasar.jpg", () => Results.Bytes(Jpeg, "image/jpeg"));
        app.MapGet("/img/pelabuhan.png", () => Results.Bytes(Png, "image/png"));
        app.MapGet("/img/jahat.svg", () => Results.Bytes(TestImages.SvgWithScript, "image/svg+xml"));
        // A CMS's error page sent with the picture's type: the bytes decide, not the header.
        app.MapGet("/img/palsu.jpg", () => Results.Bytes(TestImages.HtmlPage, "image/jpeg"));
        app.MapGet("/img/bom.png", () => Results.Bytes(TestImages.PixelBomb(), "image/png"));
        app.MapGet("/img/besar.jpg", () => Results.Bytes([.. Jpeg, .. new byte[6 * 1024 * 1024]], "image/jpeg"));
        app.MapGet("/img/tanpa-akhir.jpg", async (HttpContext http) =>
        {
            // Chunked, no length, never ending on its own: stops when the reader hangs up (or at a bound, for safety).
            http.Response.ContentType = "image/jpeg";
            var chunk = new byte[64 * 1024];
            Jpeg.AsSpan(0, 1024).CopyTo(chunk);
            for (long sent = 0; sent < (endlessBytes ?? 200 * 1024 * 1024) && !http.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                try { await http.Response.Body.WriteAsync(chunk, http.RequestAborted); }
                catch (Exception e) when (e is OperationCanceledException or IOException) { break; }
        });
        app.MapGet("/img/ke-metadata.jpg", () => Results.Redirect("http://169.254.169.254/latest/meta-data/foto.jpg"));
    });

    private static string Feed(string baseUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>Kabar Gambar</title>");
        sb.Append($"<link>{baseUrl}/</link><description>Media uji</description>");
        for (var i = 0; i < Items.Length; i++)
        {
            var (slug, title, picture, _) = Items[i];
            sb.Append($"<item><title>{title}</title><link>{baseUrl}/{slug}</link><guid>{slug}</guid><pubDate>{now.AddMinutes(-i):r}</pubDate>");
            sb.Append($"<description>{title}, kata warga kepada wartawan pada hari ini.</description>");
            // Both ways feeds attach a picture: an enclosure and Media RSS.
            if (picture is not null)
                sb.Append(i % 2 == 0 ? $"<enclosure url=\"{baseUrl}{picture}\" type=\"image/jpeg\" length=\"1\"/>" : $"<media:content url=\"{baseUrl}{picture}\" medium=\"image\"/>");
            sb.Append("</item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    internal static Task<int?> RunStageAsync(TestApp app) => app.Services.GetRequiredService<ThumbnailStage>().RunPendingAsync(CancellationToken.None);

    internal static Task<Dictionary<string, ArticleThumbnail>> ThumbnailsByGuidAsync(TestApp app) =>
        app.WithDbAsync(db => db.Set<ArticleThumbnail>().AsNoTracking().Include(t => t.Article).ToDictionaryAsync(t => t.Article!.Guid));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Good_pictures_become_thumbnails_and_bad_ones_are_refused_once_leaving_their_cards_text_only(string provider)
    {
        await using var site = await MemberSiteAsync();
        await using var app = await TestApp.StartAsync(provider, "--Crawler:AllowLoopback=true");
        var feedId = await FetcherTests.AddFeedAsync(app, site.BaseUrl, $"{site.BaseUrl}/feed");

        Assert.True((await FetcherTests.PollAsync(app, feedId)).Success);
        // Stored with the articles, waiting: ingest never waits for a picture.
        var pending = await ThumbnailsByGuidAsync(app);
        Assert.Equal(Items.Count(i => i.Picture is not null), pending.Count);
        Assert.All(pending.Values, t => Assert.Equal(ThumbnailState.Pending, t.State));
        Assert.Equal(10, await app.WithDbAsync(db => db.Articles.CountAsync()));

        await RunStageAsync(app);

        var thumbnails = await ThumbnailsByGuidAsync(app);
        foreach (var (slug, _, picture, refusal) in Items)
        {
            if (picture is null) { Assert.False(thumbnails.ContainsKey(slug)); continue; }
            var t = thumbnails[slug];
            Assert.Null(t.NextAttemptAt);
            Assert.Equal(1, t.Attempts);
            if (refusal is null)
            {
                Assert.True(t.State == ThumbnailState.Stored, $"{slug}: {t.State} {t.Error}");
                Assert.InRange(t.Webp!.Length, 1, 15_000);
            }
            else
            {
                Assert.True(t.State == ThumbnailState.Refused, $"{slug}: {t.State} {t.Error}");
                Assert.True(t.Error!.Contains(refusal, StringComparison.Ordinal), $"{slug}: {t.Error}");
                Assert.Null(t.Webp);
            }
        }
        // Refused pictures are not fetched again.
        var requests = site.Requests.Count;
        Assert.Equal(0, await RunStageAsync(app));
        Assert.Equal(requests, site.Requests.Count);
        Assert.Single(site.Requests, r => r.Request == "GET /img/jahat.svg");

        var ids = await app.WithDbAsync(db => db.Articles.ToDictionaryAsync(a => a.Guid, a => a.Id));
        using var http = app.Client();
        // The operator sees the outcomes on /metrics (at least these: other tests' apps in this process count too).
        var metrics = await http.GetStringAsync("/metrics");
        Assert.True(Counted(metrics, "stored") >= 2 && Counted(metrics, "refused") >= 7, metrics);
        var home = await http.GetStringAsync("/");
        foreach (var (slug, _, _, refusal) in Items)
        {
            var card = CardOf(home, ids[slug]);
            if (thumbnails.TryGetValue(slug, out var t) && refusal is null)
                Assert.Contains($"<img class=\"thumb\" src=\"/gambar/{t.ArticleId}-{t.Version}.webp\" width=\"320\" height=\"180\" alt=\"\" loading=\"lazy\" decoding=\"async\">", card);
            else
                Assert.DoesNotContain("<img", card);
        }
        var jpeg = thumbnails["foto-jpeg"];
        var jpegImage = $"/gambar/{jpeg.ArticleId}-{jpeg.Version}.webp";
        var outletSlug = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == jpeg.ArticleId).Select(a => a.Outlet!.Slug).SingleAsync());
        Assert.Contains(jpegImage, CardOf(await http.GetStringAsync($"/media/{outletSlug}"), jpeg.ArticleId));
        Assert.Contains(jpegImage, CardOf(await http.GetStringAsync("/provinsi/banten"), jpeg.ArticleId));

        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(jpegImage, CardOf(await http.GetStringAsync("/cari?q=pasar+rakyat"), jpeg.ArticleId));
        Assert.DoesNotContain("<img", CardOf(await http.GetStringAsync("/cari?q=cabai+pupuk"), ids["svg-berskrip"]));
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        var story = await app.WithDbAsync(db => db.Articles.Where(a => a.Id == jpeg.ArticleId).Select(a => a.StoryId).SingleAsync());
        using var following = app.Client(followRedirects: true);
        Assert.Contains(jpegImage, CardOf(await following.GetStringAsync($"/berita/{story}/x"), jpeg.ArticleId));
    }

    private static double Counted(string metrics, string outcome) => metrics.Split('\n')
        .Where(l => l.StartsWith("siberindo_thumbnails_total{", StringComparison.Ordinal) && l.Contains($"outcome=\"{outcome}\""))
        .Select(l => double.Parse(l[(l.IndexOf("} ", StringComparison.Ordinal) + 2)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
        .Sum();

    /// <summary>The markup of the card (or story list item) that links to the article.</summary>
    internal static string CardOf(string page, long articleId)
    {
        var link = page.IndexOf($"href=\"/baca/{articleId}\"", StringComparison.Ordinal);
        Assert.True(link >= 0, $"no card for article {articleId}");
        var start = page.LastIndexOf("<li", link, StringComparison.Ordinal);
        var end = page.IndexOf("</li>", link, StringComparison.Ordinal);
        return page[start..end];
    }

    [Fact]
    public async Task A_thumbnail_is_served_from_our_origin_cached_for_a_year_as_webp_with_the_sites_csp()
    {
        await using var site = await MemberSiteAsync();
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=true");
        var feedId = await FetcherTests.AddFeedAsync(app, site.BaseUrl, $"{site.BaseUrl}/feed");
        await FetcherTests.PollAsync(app, feedId);
        await RunStageAsync(app);
        var t = (await ThumbnailsByGuidAsync(app))["foto-png"];
        using var http = app.Client();

        var response = await http.GetAsync($"/gambar/{t.ArticleId}-{t.Version}.webp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("img-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(t.Webp, bytes);
        Assert.InRange(bytes.Length, 1, 15_000);
        using (var decoded = SKBitmap.Decode(bytes)) Assert.Equal((320, 180), (decoded.Width, decoded.Height));
        // Never compressed again (WebP is), and a revalidation is answered without the bytes.
        Assert.Empty((await Compressed.SendAsync(http, $"/gambar/{t.ArticleId}-{t.Version}.webp", "br, gzip")).Content.Headers.ContentEncoding);
        var again = await Compressed.SendAsync(http, $"/gambar/{t.ArticleId}-{t.Version}.webp", null, response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);

        // The page that shows it keeps the site's policy: pictures from our origin only.
        var home = await http.GetAsync("/");
        Assert.Contains("img-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain(site.BaseUrl, CardOf(await home.Content.ReadAsStringAsync(), t.ArticleId));

        // Another version, a refused picture's id, or a malformed name: nothing.
        var refused = (await ThumbnailsByGuidAsync(app))["svg-berskrip"];
        foreach (var path in new[]
                 {
                     $"/gambar/{t.ArticleId}-000000000000.webp", $"/gambar/{refused.ArticleId}-{t.Version}.webp",
                     $"/gambar/{t.ArticleId}-{t.Version}.svg", $"/gambar/{t.ArticleId}.webp", $"/gambar/-{t.Version}.webp",
                     $"/gambar/{t.ArticleId}-{t.Version!.ToUpperInvariant()}.webp",
                 })
            Assert.True((await http.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, path);
    }

    [Fact]
    public async Task Private_addresses_in_any_spelling_are_refused_without_a_request()
    {
        await using var site = await MemberSiteAsync();
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=false");
        var port = new Uri(site.BaseUrl).Port;
        string[] spellings =
        [
            $"http://127.0.0.1:{port}/img/pasar.jpg", $"http://localhost:{port}/img/pasar.jpg", $"http://127.1:{port}/img/pasar.jpg",
            $"http://0x7f000001:{port}/img/pasar.jpg", $"http://2130706433:{port}/img/pasar.jpg", $"http://0177.0.0.1:{port}/img/pasar.jpg",
            $"http://[::1]:{port}/img/pasar.jpg", $"http://[::ffff:127.0.0.1]:{port}/img/pasar.jpg", "http://169.254.169.254/latest/foto.jpg",
            "file:///etc/passwd",
        ];
        var outlet = await Seed.OutletAsync(app, "Kabar Gambar", "https://kabargambar.example", "36.04");
        await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            spellings.Select((url, n) => new IncomingArticle($"g{n}", $"https://kabargambar.example/{n}", $"Berita g{n}", null, null, url, DateTime.UtcNow.AddMinutes(-n))).ToList()));

        await RunStageAsync(app);

        var thumbnails = await ThumbnailsByGuidAsync(app);
        Assert.Equal(spellings.Length, thumbnails.Count);
        Assert.All(thumbnails.Values, t =>
        {
            Assert.True(t.State == ThumbnailState.Refused, $"{t.SourceUrl}: {t.State} {t.Error}");
            Assert.True(t.Error!.Contains("Refused to connect") || t.Error.Contains("Only http and https"), $"{t.SourceUrl}: {t.Error}");
        });
        Assert.Empty(site.Requests);
        var home = await app.Client().GetStringAsync("/");
        Assert.DoesNotContain("<img", home);
    }

    [Fact]
    public async Task Passing_failures_are_retried_a_few_times_then_given_up_while_other_pictures_go_ahead()
    {
        await using var site = await LoopbackSite.StartAsync((app, _) =>
        {
            app.MapGet("/img/sibuk.jpg", () => Results.StatusCode(503));
            app.MapGet("/img/lambat.jpg", async (HttpContext http) =>
            {
                http.Response.ContentType = "image/jpeg";
                await http.Response.Body.WriteAsync(Jpeg.AsMemory(0, 100));
                await http.Response.Body.FlushAsync();
                await Task.Delay(TimeSpan.FromSeconds(20), http.RequestAborted);
            });
            app.MapGet("/img/baik.jpg", () => Results.Bytes(Jpeg, "image/jpeg"));
        });
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=true",
            "--Thumbnails:MaxAttempts=2", "--Thumbnails:RetryDelay=00:00:00", "--Thumbnails:RequestTimeout=00:00:01");
        var outlet = await Seed.OutletAsync(app, "Kabar Gambar", site.BaseUrl, "36.04");
        string[] pictures = ["/img/sibuk.jpg", "/img/lambat.jpg", "/img/baik.jpg"];
        await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            pictures.Select((p, n) => new IncomingArticle(p, $"{site.BaseUrl}/berita/{n}", $"Berita {n}", null, null, site.BaseUrl + p, DateTime.UtcNow)).ToList()));

        await RunStageAsync(app);

        var bySource = (await ThumbnailsByGuidAsync(app)).Values.ToDictionary(t => new Uri(t.SourceUrl).AbsolutePath);
        Assert.Equal(ThumbnailState.Stored, bySource["/img/baik.jpg"].State);
        foreach (var path in new[] { "/img/sibuk.jpg", "/img/lambat.jpg" })
        {
            var t = bySource[path];
            Assert.True(t.State == ThumbnailState.GaveUp, $"{path}: {t.State} {t.Error}");
            Assert.Equal(2, t.Attempts);
            Assert.Null(t.NextAttemptAt);
            Assert.Equal(2, site.Requests.Count(r => r.Request == "GET " + path));
        }
        Assert.Contains("503", bySource["/img/sibuk.jpg"].Error);
        Assert.Contains("No complete answer within 1 seconds", bySource["/img/lambat.jpg"].Error);
        Assert.Single(site.Requests, r => r.Request == "GET /img/baik.jpg");
    }

    [Fact]
    public async Task A_retry_waits_its_delay()
    {
        await using var site = await LoopbackSite.StartAsync((app, _) => app.MapGet("/img/sibuk.jpg", () => Results.StatusCode(503)));
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=true");
        var outlet = await Seed.OutletAsync(app, "Kabar Gambar", site.BaseUrl, "36.04");
        await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            [new IncomingArticle("a", $"{site.BaseUrl}/a", "Berita a", null, null, site.BaseUrl + "/img/sibuk.jpg", DateTime.UtcNow)]));

        await RunStageAsync(app);
        await RunStageAsync(app);

        var t = (await ThumbnailsByGuidAsync(app))["a"];
        Assert.Equal(ThumbnailState.Pending, t.State);
        Assert.Equal(1, t.Attempts);
        Assert.InRange(t.NextAttemptAt!.Value, DateTime.UtcNow.AddMinutes(9), DateTime.UtcNow.AddMinutes(11));
        Assert.Single(site.Requests);
    }

    [Fact]
    public async Task An_article_page_fetched_for_full_text_gives_its_og_image_when_the_feed_has_none()
    {
        var picture = TestImages.Photo(1280, 720, seed: 11);
        await using var site = await LoopbackSite.StartAsync((app, baseUrl) =>
        {
            app.MapGet("/feed", () => Results.Content(TestFeeds.Rss(baseUrl(), [DateTimeOffset.UtcNow.AddMinutes(-3)]), "application/rss+xml"));
            app.MapGet("/foto/utama.jpg", () => Results.Bytes(picture, "image/jpeg"));
            app.MapGet("/{slug}", (string slug) => Results.Content(
                TestFeeds.ArticlePage("Berita " + slug, "Paragraf pertama berita ini cukup panjang untuk dibaca sebagai isi artikel.")
                    .Replace("</head>", "<meta property=\"og:image\" content=\"/foto/utama.jpg\"></head>"), "text/html; charset=utf-8"));
        });
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=true");
        var feedId = await FetcherTests.AddFeedAsync(app, site.BaseUrl, $"{site.BaseUrl}/feed", fullText: true);
        await FetcherTests.PollAsync(app, feedId);
        var article = await app.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync());
        Assert.Null(article.ImageUrl);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ArticleThumbnail>().CountAsync()));

        await app.Services.GetRequiredService<FullTextService>().FetchAsync(new FullTextJob(article.Id, article.Url), CancellationToken.None);
        await RunStageAsync(app);

        Assert.Equal($"{site.BaseUrl}/foto/utama.jpg", await app.WithDbAsync(db => db.Articles.Select(a => a.ImageUrl).SingleAsync()));
        var t = await app.WithDbAsync(db => db.Set<ArticleThumbnail>().SingleAsync());
        Assert.Equal(ThumbnailState.Stored, t.State);
        // The page was fetched once, for its text and its picture alike.
        Assert.Single(site.Requests, r => r.Request == "GET " + new Uri(article.Url).AbsolutePath);
        Assert.Contains($"/gambar/{t.ArticleId}-{t.Version}.webp", await app.Client().GetStringAsync("/"));
    }
}
