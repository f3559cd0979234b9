using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Articles;
using Siberindo.Outlets;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;
using static Siberindo.Tests.Stories.StoryTexts;

namespace Siberindo.Tests.Stories;

public sealed class StoryTests
{
    private static readonly DateTime Day = new(2025, 8, 4, 0, 0, 0, DateTimeKind.Utc);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_leaves_articles_in_stories_and_export_prints_stories_and_copies(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var file = Path.Combine(Directory.CreateTempSubdirectory("siberindo-stories-").FullName, "articles.jsonl");
        string Line(string guid, string outlet, string title, DateTime published, string body) =>
            JsonSerializer.Serialize(new { guid, outlet, url = $"https://{outlet}/{guid}", title, published = published.ToString("O"), body });
        await File.WriteAllLinesAsync(file,
        [
            Line("S2", "kabarntb.example", "Petani Lape dan Lopok terima benih jagung hibrida", Day.AddHours(3), Body(Seeds[..3], "SUMBAWA BESAR", "(rls/red)")),
            Line("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Day.AddHours(1), Body(Seeds, "SUMBAWA")),
            Line("R1", "kaltimpost.example", "1.250 pelari ramaikan Tepian Mahakam 10K", Day.AddHours(2), Body(Other, "SAMARINDA")),
        ]);

        var imported = await CliRunner.RunAsync(["import", "articles", file, "--create-outlets", .. db.ConfigurationArgs]);
        Assert.Equal(0, imported.Exit);
        var exported = await CliRunner.RunAsync(["stories", "export", .. db.ConfigurationArgs]);

        Assert.Equal(0, exported.Exit);
        var lines = exported.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        var byGuid = lines.ToDictionary(l => l.GetProperty("guid").GetString()!);
        Assert.Equal("S1", byGuid["S2"].GetProperty("copyOf").GetString());
        Assert.Equal(JsonValueKind.Null, byGuid["S1"].GetProperty("copyOf").ValueKind);
        Assert.Equal(JsonValueKind.Null, byGuid["R1"].GetProperty("copyOf").ValueKind);
        Assert.Equal(byGuid["S1"].GetProperty("story").GetString(), byGuid["S2"].GetProperty("story").GetString());
        Assert.NotEqual(byGuid["S1"].GetProperty("story").GetString(), byGuid["R1"].GetProperty("story").GetString());

        await using var app = await TestApp.StartAsync(db, []);
        var s1 = await app.WithDbAsync(d => d.Articles.SingleAsync(a => a.Guid == "S1"));
        var story = await app.WithDbAsync(d => d.Set<Story>().SingleAsync(s => s.Id == s1.StoryId));
        Assert.Equal((s1.Id, 2, 2, "Pemkab Sumbawa salurkan 12 ton benih jagung"), (story.SourceArticleId, story.ArticleCount, story.OutletCount, story.Title));
        Assert.Equal(3, await app.WithDbAsync(d => d.Set<StoryFingerprint>().CountAsync()));

        using var http = app.Client();
        var home = await http.GetStringAsync("/");
        Assert.Contains("Pemkab Sumbawa salurkan 12 ton benih jagung", home);
        Assert.DoesNotContain("Petani Lape dan Lopok terima benih jagung hibrida", home); // one card per story, not one per copy
        Assert.Contains("+1 media lain", home);
        Assert.Contains("1.250 pelari ramaikan Tepian Mahakam 10K", home);

        var wrongSlug = await http.GetAsync($"/berita/{story.Id}/judul-lama");
        Assert.Equal(HttpStatusCode.MovedPermanently, wrongSlug.StatusCode);
        var canonical = wrongSlug.Headers.Location!.ToString();
        Assert.Equal($"/berita/{story.Id}/pemkab-sumbawa-salurkan-12-ton-benih-jagung", canonical);
        var page = await http.GetStringAsync(canonical);
        Assert.Contains("Liputan lengkap", page);
        Assert.Contains("Sumbawa", page);
        Assert.Contains("kabarntb.example", page); // outlets created by the import are named by their domain
        Assert.Contains("sumbawa.example", page);
        Assert.Contains("sumber pertama", page);
        Assert.Contains("diterbitkan ulang dari", page);
        Assert.Contains("\"@type\":\"NewsArticle\"", page); // the story as one news article (Portal/Seo)
        Assert.Contains($"/baca/{s1.Id}", page);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Assignments_survive_a_restart_and_later_articles_join_the_restored_stories(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        Dictionary<long, (long? Story, long? CopyOf)> before;
        long s1Id, r1Id;
        await using (var app = await TestApp.StartAsync(db, []))
        {
            var (a, b, c) = (await Seed.OutletAsync(app, "Sumbawa Kini", "https://sumbawa.example", "36.04"),
                await Seed.OutletAsync(app, "Kabar NTB", "https://kabarntb.example", "36.04"),
                await Seed.OutletAsync(app, "Kaltim Post", "https://kaltimpost.example", "36.04"));
            // The copy of the race report arrives before its source, which was published earlier: it is re-pointed.
            await IngestAsync(app, c, Article("R2", "kaltimpost.example", "Lomba lari Tepian Mahakam diikuti 1.250 pelari", Body(Other[..3], "SAMARINDA", "Editor: Redaksi"), Day.AddHours(5)));
            await IngestAsync(app, a, Article("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Body(Seeds, "SUMBAWA"), Day.AddHours(1)));
            await IngestAsync(app, b, Article("S2", "kabarntb.example", "Petani Lape terima benih", Body(Seeds[1..], "SUMBAWA BESAR"), Day.AddHours(2)));
            await IngestAsync(app, b, Article("R1", "kabarntb.example", "1.250 pelari ramaikan Tepian Mahakam 10K", Body(Other, "SAMARINDA"), Day.AddHours(2)));
            before = await app.WithDbAsync(d => d.Articles.ToDictionaryAsync(x => x.Id, x => (x.StoryId, x.CopyOfId)));
            s1Id = await app.WithDbAsync(d => d.Articles.Where(x => x.Guid == "S1").Select(x => x.Id).SingleAsync());
            r1Id = await app.WithDbAsync(d => d.Articles.Where(x => x.Guid == "R1").Select(x => x.Id).SingleAsync());
            var r2 = await app.WithDbAsync(d => d.Articles.SingleAsync(x => x.Guid == "R2"));
            Assert.Equal(r1Id, r2.CopyOfId);
            Assert.Equal(r1Id, await app.WithDbAsync(d => d.Set<Story>().Where(s => s.Id == r2.StoryId).Select(s => s.SourceArticleId).SingleAsync()));
        }

        await using var restarted = await TestApp.StartAsync(db, []);
        var assigner = restarted.Services.GetRequiredService<StoryAssigner>();
        await assigner.AssignAllAsync(TimeSpan.FromSeconds(30));
        foreach (var (id, stored) in before)
        {
            var restored = assigner.AssignmentOf(id);
            Assert.NotNull(restored);
            Assert.Equal(stored, (restored.StoryId, restored.CopyOfId));
        }

        var d3 = await Seed.OutletAsync(restarted, "Lombok Today", "https://lomboktoday.example", "36.04");
        await IngestAsync(restarted, d3, Article("S3", "lomboktoday.example", "Bantuan benih jagung untuk petani Sumbawa", Body([Seeds[0], Seeds[1], Seeds[3]], "MATARAM", "(rls/red)"), Day.AddHours(4)));
        var s3 = await restarted.WithDbAsync(d => d.Articles.SingleAsync(x => x.Guid == "S3"));
        Assert.Equal((before[s1Id].Story, s1Id), (s3.StoryId, s3.CopyOfId));
        var story = await restarted.WithDbAsync(d => d.Set<Story>().SingleAsync(s => s.Id == s3.StoryId));
        Assert.Equal((3, 3), (story.ArticleCount, story.OutletCount));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_restart_keeps_only_recent_articles_in_memory_yet_attribution_to_older_originals_holds(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        long oldId, originalId, copyId;
        await using (var app = await TestApp.StartAsync(db, []))
        {
            var (a, b, c) = (await Seed.OutletAsync(app, "Sumbawa Kini", "https://sumbawa.example", "36.04"),
                await Seed.OutletAsync(app, "Kabar NTB", "https://kabarntb.example", "36.04"),
                await Seed.OutletAsync(app, "Kaltim Post", "https://kaltimpost.example", "36.04"));
            await IngestAsync(app, c, Article("R1", "kaltimpost.example", "1.250 pelari ramaikan Tepian Mahakam 10K", Body(Other, "SAMARINDA"), Day.AddDays(-100)));
            await IngestAsync(app, a, Article("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Body(Seeds, "SUMBAWA"), Day.AddDays(-25)));
            await IngestAsync(app, b, Article("S2", "kabarntb.example", "Petani Lape terima benih", Body(Seeds[1..], "SUMBAWA BESAR"), Day.AddDays(-12)));
            await IngestAsync(app, c, Article("N1", "kaltimpost.example", "Jembatan Mahakam ditutup sementara", "SAMARINDA – " + Other[1], Day));
            (oldId, originalId, copyId) = await app.WithDbAsync(async d => (
                await d.Articles.Where(x => x.Guid == "R1").Select(x => x.Id).SingleAsync(),
                await d.Articles.Where(x => x.Guid == "S1").Select(x => x.Id).SingleAsync(),
                await d.Articles.Where(x => x.Guid == "S2").Select(x => x.Id).SingleAsync()));
            Assert.Equal(originalId, await app.WithDbAsync(d => d.Articles.Where(x => x.Id == copyId).Select(x => x.CopyOfId).SingleAsync()));
            // Assigned articles spanning more than one and a half windows made the running index rebuild and let the oldest go.
            Assert.Null(app.Services.GetRequiredService<StoryAssigner>().AssignmentOf(oldId));
            Assert.NotNull(app.Services.GetRequiredService<StoryAssigner>().AssignmentOf(copyId));
        }

        await using var restarted = await TestApp.StartAsync(db, []);
        var assigner = restarted.Services.GetRequiredService<StoryAssigner>();
        await assigner.AssignAllAsync(TimeSpan.FromSeconds(30));
        Assert.Null(assigner.AssignmentOf(oldId)); // 100 days before the newest article: nothing new can match it
        Assert.Equal(originalId, assigner.AssignmentOf(copyId)!.CopyOfId);
        Assert.NotNull(assigner.AssignmentOf(originalId)); // 25 days old, but the original of a recent copy: restored

        // A new copy of the recent copy is credited to the original, and the earlier copy keeps its credit.
        var d3 = await Seed.OutletAsync(restarted, "Lombok Today", "https://lomboktoday.example", "36.04");
        await IngestAsync(restarted, d3, Article("S3", "lomboktoday.example", "Bantuan benih jagung untuk petani Sumbawa", Body(Seeds[1..], "MATARAM", "(rls/red)"), Day.AddDays(-1)));
        var rows = await restarted.WithDbAsync(d => d.Articles.Where(x => x.Guid.StartsWith("S")).ToDictionaryAsync(x => x.Guid, x => (x.StoryId, x.CopyOfId)));
        Assert.Equal(originalId, rows["S3"].CopyOfId);
        Assert.Equal(originalId, rows["S2"].CopyOfId);
        Assert.Equal(rows["S1"].StoryId, rows["S3"].StoryId);
        var story = await restarted.WithDbAsync(d => d.Set<Story>().SingleAsync(s => s.Id == rows["S1"].StoryId));
        Assert.Equal((originalId, 3), (story.SourceArticleId, story.ArticleCount));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_merged_story_url_redirects_permanently_to_the_surviving_story(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (a, b, c) = (await Seed.OutletAsync(app, "Sumbawa Kini", "https://sumbawa.example", "36.04"),
            await Seed.OutletAsync(app, "Kaltim Post", "https://kaltimpost.example", "36.04"),
            await Seed.OutletAsync(app, "Rangkuman Nusantara", "https://rangkuman.example", "36.04"));
        await IngestAsync(app, a, Article("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Body(Seeds, "SUMBAWA"), Day.AddHours(1)));
        await IngestAsync(app, b, Article("R1", "kaltimpost.example", "1.250 pelari ramaikan Tepian Mahakam 10K", Body(Other, "SAMARINDA"), Day.AddHours(2)));
        var stories = await app.WithDbAsync(d => d.Articles.OrderBy(x => x.Id).Select(x => x.StoryId!.Value).ToListAsync());
        Assert.NotEqual(stories[0], stories[1]);

        // A round-up that republishes both texts makes them one story.
        await IngestAsync(app, c, Article("M1", "rangkuman.example", "Sepekan di Nusantara", Body([.. Seeds, .. Other], "JAKARTA"), Day.AddHours(6)));

        var after = await app.WithDbAsync(d => d.Articles.Select(x => x.StoryId!.Value).Distinct().ToListAsync());
        var survivor = Assert.Single(after);
        var gone = stories.Single(s => s != survivor);
        Assert.False(await app.WithDbAsync(d => d.Set<Story>().AnyAsync(s => s.Id == gone)));
        using var http = app.Client();
        var response = await http.GetAsync($"/berita/{gone}/apa-saja");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.StartsWith($"/berita/{survivor}/", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(response.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/berita/999999/tidak-ada")).StatusCode);
    }

    internal static async Task IngestAsync(TestApp app, Outlet outlet, IncomingArticle article)
    {
        await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null, [article]));
        await app.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
    }
}
