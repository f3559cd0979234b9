using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Siberindo.Accounts;
using Siberindo.Articles;
using Siberindo.FactChecks;
using Siberindo.Tests.FactChecks;
using Siberindo.Tests.Infrastructure;
using Siberindo.Tests.Releases;

namespace Siberindo.Tests.Browser;

/// <summary>
/// Acceptance in Chromium, at a phone's width: a reader reports a message on the public form, a fact-checker finds it
/// in the queue and answers it with a fact-check, an article that repeats the claim is ingested afterwards, and its
/// card and its story page carry the label; the story page's JSON-LD holds the ClaimReview fields.
/// </summary>
public sealed class FactCheckBrowserTests
{
    [SkippableFact]
    public async Task A_reported_message_answered_with_a_check_labels_the_article_that_repeats_it_on_its_card_and_story_page()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        await Users.CreateAsync(app, "cek@siberindo.test", Roles.FactChecker, province: "34");
        var outlet = await ReleaseFixture.MemberOutletAsync(app, "Warta Sleman", "https://warta-sleman.example", "34.04");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        var shots = Environment.GetEnvironmentVariable("SIBERINDO_SCREENSHOTS");
        async Task ShotAsync(string name) { if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, name + ".png"), FullPage = true }); }

        // A reader reports the message with a screenshot (refused uploads are tested over HTTP in ReportsAndDeskTests).
        await page.GotoAsync(baseUrl + "/cek-fakta");
        await page.ClickAsync("text=Laporkan konten yang mencurigakan");
        await page.FillAsync("textarea[name=Text]", FactCheckTexts.Repeats.Body);
        await page.SelectOptionAsync("select[name=Category]", nameof(FactCheckCategory.Kesehatan));
        await page.SelectOptionAsync("select[name=ProvinceCode]", "34");
        var screenshot = Path.Combine(Path.GetTempPath(), $"pesan-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(screenshot, ReleaseFixture.Png);
        await page.SetInputFilesAsync("input[type=file][name=Screenshot]", screenshot);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync("#received");
        await ShotAsync("lapor");
        File.Delete(screenshot);
        var report = await app.WithDbAsync(d => d.Set<HoaxReport>().SingleAsync());
        Assert.True(report.HasScreenshot);

        // The provincial fact-checker answers it from the queue with a new check.
        await page.GotoAsync(baseUrl + "/masuk");
        await page.FillAsync("input[name=Email]", "cek@siberindo.test");
        await page.FillAsync("input[name=Password]", Users.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(baseUrl + "/admin/cek-fakta");
        await page.WaitForSelectorAsync($"#laporan-{report.Id}");
        await ShotAsync("meja");
        await page.ClickAsync($"#laporan-{report.Id} >> text=Jawab dengan cek fakta baru");
        await page.FillAsync("input[name=Title]", "[HOAKS] Rebusan Kulit Manggis Sembuhkan Diabetes dalam Tiga Hari");
        await page.FillAsync("textarea[name=ClaimReviewed]",
            "Air rebusan kulit manggis diminum dua kali sehari menyembuhkan diabetes dalam tiga hari tanpa suntik insulin, kata dokter RSUD Sleman");
        await page.SelectOptionAsync("select[name=Rating]", nameof(FactCheckRating.KontenTiruan));
        await page.FillAsync("textarea[name=Explanation]", "RSUD Sleman tidak pernah membuat pesan itu; kulit manggis belum terbukti menyembuhkan diabetes.");
        await page.FillAsync("textarea[name=Body]", "Pesan berantai mencatut dokter RSUD Sleman soal rebusan kulit manggis.\n\nRumah sakit membantahnya; pasien diminta tidak berhenti suntik insulin.");
        await page.FillAsync("input[name=Reviewer]", "Tim Cek Fakta DIY");
        await page.ClickAsync("form[action='/admin/cek-fakta/tulis'] button[type=submit]");
        await page.WaitForSelectorAsync(".factcheck-page");
        await ShotAsync("cek-fakta");
        Assert.Equal(ReportState.Answered, (await app.WithDbAsync(d => d.Set<HoaxReport>().SingleAsync())).State);
        var check = await app.WithDbAsync(d => d.Set<FactCheck>().SingleAsync());

        // An article repeating the claim arrives afterwards: matched, labelled on its card and its story page.
        var article = (await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            [new IncomingArticle(FactCheckTexts.Repeats.Guid, $"{outlet.Website}/viral", FactCheckTexts.Repeats.Title, null, FactCheckTexts.Repeats.Body, null, DateTime.UtcNow)]))).Stored[0];
        await app.Services.GetRequiredService<MatchStage>().RunPendingAsync(CancellationToken.None);
        await Eventually.TrueAsync(async () => await app.WithDbAsync(d => d.Articles.AnyAsync(a => a.Id == article.Id && a.StoryId != null)), TimeSpan.FromSeconds(20), "story");
        // The title opens with the verdict in brackets, which the label has just said: it is not said twice.
        var label = "Cek fakta: HOAKS - Rebusan Kulit Manggis Sembuhkan Diabetes dalam Tiga Hari";
        await page.GotoAsync(baseUrl + $"/media/{outlet.Slug}");
        var card = page.Locator(".card", new() { HasText = FactCheckTexts.Repeats.Title });
        Assert.Equal(label, (await card.Locator(".factcheck-label").InnerTextAsync()).Trim());
        await ShotAsync("kartu");
        var storyId = await app.WithDbAsync(d => d.Articles.Where(a => a.Id == article.Id).Select(a => a.StoryId).SingleAsync());
        await page.GotoAsync(baseUrl + $"/berita/{storyId}/x");
        Assert.Equal(label, (await page.Locator("#a" + article.Id + " .factcheck-label").InnerTextAsync()).Trim());
        await ShotAsync("cerita");
        // Where the label's link goes is what is checked here, so neither wait is for every picture of a page to load
        // (a CI run once waited 30 s for the check page's load event after its URL was already right).
        await page.ClickAsync("#a" + article.Id + " .factcheck-label a");
        await page.WaitForURLAsync(baseUrl + FactCheckPages.Url(check.Id, check.Slug), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        // The story page's JSON-LD, as the browser parses it: a ClaimReview with the fields the format requires.
        var scripts = await page.EvalOnSelectorAllAsync<string[]>("script[type='application/ld+json']", "s => s.map(x => x.textContent)");
        var review = scripts.Select(s => JsonNode.Parse(s)!).Single(n => (string?)n["@type"] == "ClaimReview");
        Assert.Equal(check.ClaimReviewed, (string?)review["claimReviewed"]);
        Assert.Equal("Hoaks: Konten Tiruan", (string?)review["reviewRating"]!["alternateName"]);
        Assert.Equal(baseUrl + FactCheckPages.Url(check.Id, check.Slug), (string?)review["url"]);
        Assert.Equal("Tim Cek Fakta DIY", (string?)review["author"]!["name"]);
        Assert.Equal("Claim", (string?)review["itemReviewed"]!["@type"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string?)review["datePublished"]);
    }
}
