using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Stories;
using Siberindo.Stories.Corrections;
using Siberindo.Tests.Infrastructure;
using static Siberindo.Tests.Stories.StoryTexts;

namespace Siberindo.Tests.Stories;

public sealed class CorrectionTests
{
    private const string Email = "admin@smsi.example";
    private const string Password = "panjang-sekali-123";
    private static readonly DateTime Day = new(2025, 8, 4, 0, 0, 0, DateTimeKind.Utc);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_correction_of_the_original_shows_on_the_story_and_reaches_every_outlet_that_republished_it(string provider)
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var db = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunWithInputAsync(Password + "\n", ["admin", "create", "--email", Email, "--password-stdin", .. db.ConfigurationArgs])).Exit);
        await using var app = await TestApp.StartAsync(db, [
            "--Mail:Smtp:Host=127.0.0.1", $"--Mail:Smtp:Port={smtp.Port}", "--Mail:Smtp:Security=None", "--Mail:Smtp:From=Siberindo <noreply@siberindo.test>"]);
        var original = await Seed.OutletAsync(app, "Sumbawa Kini", "https://sumbawa.example", "36.04");
        var copier = await Seed.OutletAsync(app, "Kabar NTB", "https://kabarntb.example", "36.04");
        var other = await Seed.OutletAsync(app, "Kaltim Post", "https://kaltimpost.example", "36.04");
        await app.WithDbAsync(d => d.Outlets.Where(o => o.Id == copier.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, "redaksi@kabarntb.example")));
        var s1 = Article("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Body(Seeds, "SUMBAWA"), Day.AddHours(1));
        await StoryTests.IngestAsync(app, original, s1);
        await StoryTests.IngestAsync(app, copier, Article("S2", "kabarntb.example", "Petani Lape terima benih jagung", Body(Seeds[..3], "SUMBAWA BESAR", "(rls/red)"), Day.AddHours(2)));
        await StoryTests.IngestAsync(app, other, Article("R1", "kaltimpost.example", "1.250 pelari ramaikan Tepian Mahakam 10K", Body(Other, "SAMARINDA"), Day.AddHours(2)));
        var s1Row = await app.WithDbAsync(d => d.Articles.SingleAsync(a => a.Guid == "S1"));
        var s2Row = await app.WithDbAsync(d => d.Articles.SingleAsync(a => a.Guid == "S2"));
        using var http = app.Client();
        var storyUrl = $"/berita/{s1Row.StoryId}/pemkab-sumbawa-salurkan-12-ton-benih-jagung";
        Assert.DoesNotContain("Ralat", await http.GetStringAsync(storyUrl)); // cached now; the correction must evict it

        // The outlet corrects its feed entry: same guid, a marked title. The article keeps its id.
        await StoryTests.IngestAsync(app, original, s1 with { Title = "[Ralat] Pemkab Sumbawa salurkan 12 ton benih jagung hibrida" });

        var correction = await app.WithDbAsync(d => d.Set<Correction>().SingleAsync());
        Assert.Equal((s1Row.Id, CorrectionKind.Ralat, CorrectionOrigin.Feed), (correction.ArticleId, correction.Kind, correction.Origin));
        Assert.Equal("Pemkab Sumbawa salurkan 12 ton benih jagung", correction.PreviousTitle);
        Assert.Equal(3, await app.WithDbAsync(d => d.Articles.CountAsync()));
        var followUp = await app.WithDbAsync(d => d.Set<CorrectionFollowUp>().SingleAsync());
        Assert.Equal((s2Row.Id, copier.Id), (followUp.ArticleId, followUp.OutletId));
        var mail = await smtp.WaitForAsync("redaksi@kabarntb.example", "Ralat yang perlu diikuti", "https://kabarntb.example/S2");
        Assert.DoesNotContain("kaltimpost", mail); // only outlets that republished the text
        Assert.NotNull(await app.WithDbAsync(d => d.Set<CorrectionFollowUp>().Select(f => f.NotifiedAt).SingleAsync()));

        // A copy found after the correction must follow it too, and its outlet hears of it the same way.
        var late = await Seed.OutletAsync(app, "Lombok Today", "https://lomboktoday.example", "36.04");
        await app.WithDbAsync(d => d.Outlets.Where(o => o.Id == late.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, "redaksi@lomboktoday.example")));
        await StoryTests.IngestAsync(app, late, Article("S3", "lomboktoday.example", "Benih jagung untuk petani Sumbawa", Body([Seeds[0], Seeds[1], Seeds[3]], "MATARAM"), Day.AddHours(5)));
        var s3Row = await app.WithDbAsync(d => d.Articles.SingleAsync(a => a.Guid == "S3"));
        Assert.Equal(s1Row.Id, s3Row.CopyOfId);
        Assert.Equal(late.Id, await app.WithDbAsync(d => d.Set<CorrectionFollowUp>().Where(f => f.ArticleId == s3Row.Id).Select(f => f.OutletId).SingleAsync()));
        await smtp.WaitForAsync("redaksi@lomboktoday.example", "https://lomboktoday.example/S3");

        var page = await http.GetStringAsync(storyUrl);
        Assert.Contains("Ralat", page);
        Assert.Contains($"id=\"koreksi-{correction.Id}\"", page);
        Assert.Contains("Judul sebelumnya", page);
        Assert.Contains($"href=\"/baca/{s1Row.Id}\"", page);

        // The dashboard of corrections to follow, and the mark.
        await Forms.SignInAsync(http, Email, Password);
        var dashboard = await http.GetStringAsync("/admin/koreksi/ikuti?media=" + copier.Slug);
        Assert.Contains("Petani Lape terima benih jagung", dashboard);
        Assert.Contains("Tandai sudah diikuti", dashboard);
        var marked = await Forms.PostAsync(http, "/admin/koreksi/ikuti?media=" + copier.Slug,
            new() { ["id"] = followUp.Id.ToString(), ["media"] = copier.Slug }, "/admin/koreksi/ikuti?handler=Followed");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.NotNull(await app.WithDbAsync(d => d.Set<CorrectionFollowUp>().Where(f => f.Id == followUp.Id).Select(f => f.FollowedAt).SingleAsync()));
        Assert.DoesNotContain("Petani Lape terima benih jagung", await http.GetStringAsync("/admin/koreksi/ikuti?media=" + copier.Slug));

        // A retraction declared on the outlet's behalf needs an allowed reason.
        var refused = await Forms.PostAsync(http, "/admin/koreksi", new()
            { ["Form.Article"] = s1Row.Url, ["Form.Kind"] = "Pencabutan", ["Form.Reason"] = "", ["Form.Note"] = "Dicabut." });
        Assert.Contains("wajib menyebut alasan", await refused.Content.ReadAsStringAsync());
        var retracted = await Forms.PostAsync(http, "/admin/koreksi", new()
            { ["Form.Article"] = s1Row.Id.ToString(), ["Form.Kind"] = "Pencabutan", ["Form.Reason"] = "TraumaKorban", ["Form.Note"] = "Berita dicabut atas permintaan keluarga korban." });
        Assert.Equal(HttpStatusCode.Redirect, retracted.StatusCode);
        page = await http.GetStringAsync(storyUrl);
        Assert.Contains("Pencabutan berita", page);
        Assert.Contains("Pengalaman traumatik korban", page);
        Assert.Equal(4, await app.WithDbAsync(d => d.Set<CorrectionFollowUp>().CountAsync())); // S2 and S3, for each of the two
        await smtp.WaitForAsync("Pencabutan berita yang perlu diikuti");
    }
}
