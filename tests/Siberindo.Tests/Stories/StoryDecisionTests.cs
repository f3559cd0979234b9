using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;
using static Siberindo.Tests.Stories.StoryTexts;

namespace Siberindo.Tests.Stories;

/// <summary>
/// Editors see how coherent each story is and split or merge stories by hand; a decision is audited, applied by the
/// assigner, and holds when the index is rebuilt from the database (a later copy of both halves does not merge them).
/// </summary>
public sealed class StoryDecisionTests
{
    private static readonly DateTime Day = DateTime.UtcNow.Date.AddHours(-20);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_hand_split_is_audited_applied_and_kept_through_a_restore_and_a_hand_merge_joins_again(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await Seed.OutletAsync(app, "Sumbawa Kini", "https://sumbawa.example", "52.04");
        var b = await Seed.OutletAsync(app, "Kabar NTB", "https://kabarntb.example", "52.04");
        var c = await Seed.OutletAsync(app, "Lombok Pos", "https://lombokpos.example", "52.01");
        await StoryTests.IngestAsync(app, a, Article("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Body(Seeds, "SUMBAWA"), Day.AddHours(1)));
        await StoryTests.IngestAsync(app, b, Article("S2", "kabarntb.example", "Petani Lape terima benih jagung", Body(Seeds[..3], "SUMBAWA BESAR", "(rls/red)"), Day.AddHours(2)));
        await StoryTests.IngestAsync(app, c, Article("S3", "lombokpos.example", "Benih jagung untuk petani Sumbawa", Body(Seeds[1..], "MATARAM"), Day.AddHours(3)));
        var rows = await app.WithDbAsync(d => d.Articles.Where(x => x.Guid.StartsWith("S")).ToDictionaryAsync(x => x.Guid));
        var story = rows["S1"].StoryId!.Value;
        Assert.All(rows.Values, x => Assert.Equal(story, x.StoryId));

        using var http = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        var list = await http.GetStringAsync("/admin/cerita");
        Assert.Contains($"href=\"/admin/cerita/{story}\"", list);
        Assert.Contains("Keutuhan", list);
        var review = await http.GetStringAsync($"/admin/cerita/{story}");
        Assert.Contains("Petani Lape terima benih jagung", review);
        Assert.Contains("(sumber)", review);

        // Nothing chosen is refused; S1 alone goes into a story of its own.
        var none = await Forms.PostAsync(http, $"/admin/cerita/{story}", new(), $"/admin/cerita/{story}?handler=Split");
        Assert.Contains("Pilih artikel", await none.Content.ReadAsStringAsync());
        var first = await Forms.PostAsync(http, $"/admin/cerita/{story}", new() { ["Articles"] = rows["S1"].Id.ToString() },
            $"/admin/cerita/{story}?handler=Split");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await WaitAppliedAsync(app);
        var afterFirst = await app.WithDbAsync(d => d.Articles.Where(x => x.Guid.StartsWith("S")).ToDictionaryAsync(x => x.Guid, x => x.StoryId));
        Assert.NotEqual(afterFirst["S1"], afterFirst["S2"]);
        // Undo by hand: merge S1's new story back into the rest.
        var merged = await Forms.PostAsync(http, $"/admin/cerita/{afterFirst["S2"]}", new() { ["OtherStory"] = afterFirst["S1"].ToString()! },
            $"/admin/cerita/{afterFirst["S2"]}?handler=Merge");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await WaitAppliedAsync(app);
        var together = await app.WithDbAsync(d => d.Articles.Where(x => x.Guid.StartsWith("S")).Select(x => x.StoryId).Distinct().CountAsync());
        Assert.Equal(1, together);
        story = (await app.WithDbAsync(d => d.Articles.SingleAsync(x => x.Guid == "S1"))).StoryId!.Value;

        var split = await Forms.PostAsync(http, $"/admin/cerita/{story}", new() { ["Articles"] = rows["S3"].Id.ToString() },
            $"/admin/cerita/{story}?handler=Split");
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        await WaitAppliedAsync(app);
        var s3Story = (await app.WithDbAsync(d => d.Articles.SingleAsync(x => x.Guid == "S3"))).StoryId!.Value;
        Assert.NotEqual(story, s3Story);
        Assert.Equal(2, await app.WithDbAsync(d => d.Articles.CountAsync(x => x.StoryId == story)));
        Assert.Equal((1, 1), await app.WithDbAsync(async d =>
        {
            var row = await d.Set<Story>().SingleAsync(s => s.Id == s3Story);
            return (row.ArticleCount, row.OutletCount);
        }));
        Assert.Contains(await app.WithDbAsync(d => d.Set<AuditEntry>().Where(e => e.EntityType == "Story").Select(e => e.Action).ToListAsync()),
            action => action == "split");
        Assert.Contains("cerita " + s3Story, await http.GetStringAsync($"/admin/cerita/{story}"));

        // The index is rebuilt from the database (another process takes over); a copy of the full release then matches
        // both halves, which automatically would merge them: the hand split holds.
        var assigner = app.Services.GetRequiredService<StoryAssigner>();
        await assigner.ReleaseAsync();
        await StoryTests.IngestAsync(app, c, Article("S4", "lombokpos.example", "Sumbawa salurkan benih jagung 12 ton", Body(Seeds, "MATARAM"), Day.AddHours(4)));
        var final = await app.WithDbAsync(d => d.Articles.Where(x => x.Guid.StartsWith("S")).ToDictionaryAsync(x => x.Guid, x => x.StoryId));
        Assert.NotEqual(final["S1"], final["S3"]);
        Assert.Contains(final["S4"], new[] { final["S1"], final["S3"] });

        // Merging by hand with a story number that does not exist says so.
        var unknown = await Forms.PostAsync(http, $"/admin/cerita/{story}", new() { ["OtherStory"] = "999999" }, $"/admin/cerita/{story}?handler=Merge");
        Assert.Contains("tidak ditemukan", await unknown.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Story_review_is_for_admin_pusat_only()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var province = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var response = await province.GetAsync("/admin/cerita");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    // The page wakes the background assigner; assigning here too makes the wait independent of its timing.
    private static Task WaitAppliedAsync(TestApp app) => Eventually.TrueAsync(async () =>
    {
        await app.Services.GetRequiredService<StoryAssigner>().AssignPendingAsync();
        return await app.WithDbAsync(d => d.Set<StoryDecision>().AllAsync(x => x.AppliedAt != null && x.Refusal == null));
    }, TimeSpan.FromSeconds(30), "the decision applied");
}
