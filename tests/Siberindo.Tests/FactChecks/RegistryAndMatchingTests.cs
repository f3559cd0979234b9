using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.FactChecks;
using Siberindo.Search;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.FactChecks;

public sealed partial class RegistryAndMatchingTests
{
    static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "FactChecks", "testdata", name);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Imported_checks_label_the_article_that_repeats_link_the_one_that_checks_and_leave_same_topic_news_alone(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var db = app.Database.ConfigurationArgs;

        // A file with one bad check imports nothing and says which.
        var (exit, _, errors) = await CliRunner.RunAsync(["cekfakta", "import", Fixture("claims.jsonl"), .. db]);
        Assert.Equal(1, exit);
        Assert.Contains("claimReviewed is empty", errors);
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<FactCheck>().CountAsync()));

        (exit, var output, errors) = await CliRunner.RunAsync(["cekfakta", "import", Fixture("claimreview.json"), .. db]);
        Assert.True(exit == 0, errors);
        Assert.Contains("2 fact-check(s) added", output);
        (exit, output, _) = await CliRunner.RunAsync(["cekfakta", "import", Fixture("claimreview.json"), .. db]);
        Assert.Contains("0 fact-check(s) added, 0 corrected, 2 unchanged", output);
        var checks = await app.WithDbAsync(d => d.Set<FactCheck>().OrderBy(f => f.Id).ToListAsync());
        Assert.Equal(FactCheckRating.KontenPalsu, checks[0].Rating); // the partner's "Salah"
        Assert.Equal("Salah", checks[0].RatingOriginal);
        Assert.Equal(FactCheckRating.Benar, checks[1].Rating); // "True"
        Assert.Equal("Akun Facebook Info Sehat Jogja", checks[0].Claimant);
        Assert.Equal(FactCheckCategory.Kesehatan, checks[0].Category);

        var outlet = await Seed.OutletAsync(app, "Warta Sleman", "https://warta-sleman.example", "34.04");
        var stage = app.Services.GetRequiredService<MatchStage>();
        await stage.RunPendingAsync(CancellationToken.None); // the cursor starts at the stream's end
        (string Guid, string Title, string Body)[] texts = [FactCheckTexts.Repeats, FactCheckTexts.Debunks, .. FactCheckTexts.NearMisses];
        var stored = (await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            texts.Select(t => new IncomingArticle(t.Guid, $"{outlet.Website}/{t.Guid}", t.Title, null, t.Body, null, DateTime.UtcNow.AddMinutes(-5))).ToList()))).Stored;
        Assert.Equal(4, stored.Count);
        await stage.RunPendingAsync(CancellationToken.None);

        var matches = await app.WithDbAsync(d => d.Set<FactCheckMatch>().ToListAsync());
        var byArticle = matches.Where(m => m.State == MatchState.Labelled).ToDictionary(m => m.ArticleId);
        Assert.Equal(MatchRelation.Repeats, byArticle[stored[0].Id].Relation);
        Assert.Equal(checks[0].Id, byArticle[stored[0].Id].FactCheckId);
        Assert.Equal(MatchRelation.Debunks, byArticle[stored[1].Id].Relation);
        Assert.False(byArticle.ContainsKey(stored[2].Id), "a harvest of mangosteens is not the hoax");
        Assert.False(byArticle.ContainsKey(stored[3].Id), "the hospital's real diabetes clinic is not the hoax");

        // The outlet page's cards: the repeating article carries the hoax label, the checking one a link as such.
        var home = await app.Client().GetStringAsync($"/media/{outlet.Slug}");
        // The partner's title opens with its own rating ("[SALAH] ..."); the label says the verdict once.
        Assert.Contains("Cek fakta: <strong>HOAKS</strong> - Rebusan Kulit Manggis Sembuhkan Diabetes dalam Tiga Hari Tanpa Insulin</a>", home);
        Assert.Contains("Memeriksa klaim:", home);
        Assert.Single(Regex.Matches(home, "Cek fakta: <strong>HOAKS"));

        // Search results are cards too. The repeat and its debunk may share one story, so one card: whichever leads it,
        // the repeat carries the hoax mark (the card's label, or a mark after its outlet among the copies), the near miss none.
        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        var found = await app.Client().GetStringAsync("/cari?q=manggis");
        var cards = found.Split("<li class=\"card\">").Skip(1).ToList();
        string CardOf(Article a) => Assert.Single(cards, c => c.Contains($"href=\"/baca/{a.Id}\""));
        Assert.Contains("Cek fakta: <strong>HOAKS</strong>", CardOf(stored[0]));
        Assert.Contains(FactCheckPages.Url(checks[0].Id, checks[0].Slug), CardOf(stored[0]));
        Assert.DoesNotContain("Cek fakta:", CardOf(stored[2]));
        Assert.Single(Regex.Matches(found, "Cek fakta: <strong>HOAKS"));

        // The check's page: verdict, the articles, and ClaimReview JSON-LD with the fields the format requires.
        var page = await app.Client().GetStringAsync(FactCheckPages.Url(checks[0].Id, checks[0].Slug));
        Assert.Contains(FactCheckTexts.Repeats.Title, page);
        var review = JsonLd(page).Single(n => (string?)n["@type"] == "ClaimReview");
        Assert.Equal(checks[0].ClaimReviewed, (string?)review["claimReviewed"]);
        Assert.StartsWith("Hoaks", (string?)review["reviewRating"]!["alternateName"]);
        Assert.EndsWith(FactCheckPages.Url(checks[0].Id, checks[0].Slug), (string?)review["url"]);
        Assert.Equal("Claim", (string?)review["itemReviewed"]!["@type"]);
        Assert.Equal("https://facebook.example/posts/123", (string?)review["itemReviewed"]!["firstAppearance"]!["url"]);

        // Search, feed and export.
        Assert.Contains(checks[0].Title, await app.Client().GetStringAsync("/cek-fakta?q=manggis"));
        Assert.DoesNotContain(checks[1].Title, await app.Client().GetStringAsync("/cek-fakta?q=manggis"));
        Assert.Contains("<title>[BENAR] ", await app.Client().GetStringAsync("/cek-fakta/feed.xml"));
        var export = await app.Client().GetStringAsync("/cek-fakta/claimreview.json");
        Assert.Equal(2, JsonNode.Parse(export)!["@graph"]!.AsArray().Count);

        // The command matches without storing: the same verdicts for the same texts given as a file.
        var file = Path.Combine(Path.GetTempPath(), $"cekfakta-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, texts.Select(t => JsonSerializer.Serialize(new
        {
            guid = "file-" + t.Guid, outlet = "warta-sleman.example", url = $"https://warta-sleman.example/{t.Guid}", title = t.Title,
            published = "2026-08-12T10:00:00+07:00", body = t.Body,
        })));
        try
        {
            (exit, output, errors) = await CliRunner.RunAsync(["cekfakta", "match", file, .. db]);
            Assert.True(exit == 0, errors);
            var lines = output.Trim().Split('\n').Select(l => JsonNode.Parse(l)!).ToList();
            Assert.Equal(4, lines.Count);
            var external = checks[0].ExternalId;
            Assert.Equal(external, (string?)lines[0]["label"]);
            Assert.Equal(external, (string?)lines[1]["label"]);
            Assert.Null((string?)lines[2]["label"]);
            Assert.Null((string?)lines[3]["label"]);
            Assert.Equal(external, (string?)lines[0]["matches"]![0]!["claim"]);
            Assert.Equal(4, await app.WithDbAsync(d => d.Articles.CountAsync()));
        }
        finally { File.Delete(file); }
    }

    public static List<JsonNode> JsonLd(string html) =>
        JsonLdScript().Matches(html).Select(m => JsonNode.Parse(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))!).ToList();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
