using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Competition;
using Siberindo.Members;
using Siberindo.Portal;
using Siberindo.Tests.Certificates;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

/// <summary>/admin/lomba and /admin/lomba/{id} over HTTP: times in the round's zone, each admin in their own area, every action audited.</summary>
public sealed class AdminRoundPageTests
{
    [Fact]
    public void A_rounds_times_are_read_and_shown_in_its_provinces_zone()
    {
        var typed = new DateTime(2027, 1, 10, 9, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(new DateTime(2027, 1, 10, 2, 0, 0, DateTimeKind.Utc), RoundTime.ToUtc(typed, null)); // national: WIB
        Assert.Equal(new DateTime(2027, 1, 10, 2, 0, 0, DateTimeKind.Utc), RoundTime.ToUtc(typed, "36")); // Banten: WIB
        Assert.Equal(new DateTime(2027, 1, 10, 1, 0, 0, DateTimeKind.Utc), RoundTime.ToUtc(typed, "72")); // Central Sulawesi: WITA
        Assert.Equal(new DateTime(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc), RoundTime.ToUtc(typed, "91")); // Papua: WIT
        Assert.Equal(DateTimeKind.Utc, RoundTime.ToUtc(DateTime.SpecifyKind(typed, DateTimeKind.Local), "91").Kind);
        // Shown back, each gives the time typed, with its zone's name.
        Assert.Equal("10 Jan 2027 09.00 WIB", RoundTime.Show(RoundTime.ToUtc(typed, null), null));
        Assert.Equal("10 Jan 2027 09.00 WITA", RoundTime.Show(RoundTime.ToUtc(typed, "72"), "72"));
        Assert.Equal("10 Jan 2027 09.00 WIT", RoundTime.Show(RoundTime.ToUtc(typed, "91"), "91"));
        // Across midnight the day moves with the zone.
        Assert.Equal("11 Jan 2027 00.30 WIT", RoundTime.Show(RoundTime.ToUtc(new DateTime(2027, 1, 11, 0, 30, 0), "91"), "91"));
    }

    private static Dictionary<string, string> Round(string title, DateTime opens, DateTime closes, string? province = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title, ["Theme"] = "Kehidupan di pesisir", ["Rules"] = "Naskah asli, belum pernah terbit.", ["EntriesPerPerson"] = "1",
            ["OpensAt"] = opens.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), ["ClosesAt"] = closes.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["JudgesPerEntry"] = "2", ["JudgeLoadCap"] = "10", ["Winners"] = "3",
        };
        if (province is not null) fields["ProvinceCode"] = province;
        return fields;
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rounds_are_made_in_the_admins_zone_and_area_and_each_admin_action_is_audited(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        using var papua = await Users.SignedInAsync(app, "papua@smsi.example", Roles.ProvinceAdmin, province: "91");
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var day = DateTime.UtcNow.Date.AddDays(3);
        var (opens, closes) = (day.AddHours(9), day.AddDays(7).AddHours(17).AddMinutes(30));

        // The national admin types WIB; the stored time is UTC; every page shows the time typed, marked WIB.
        var created = await Forms.PostAsync(pusat, "/admin/lomba", Round("Lomba Nasional", opens, closes), "/admin/lomba?handler=Round");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var national = await app.WithDbAsync(db => db.Set<CompetitionRound>().SingleAsync(r => r.Title == "Lomba Nasional"));
        Assert.Equal(opens.AddHours(-7), national.SubmissionOpensAt);
        Assert.Equal(closes.AddHours(-7), national.SubmissionClosesAt);
        Assert.Null(national.ProvinceCode);
        var shownOpens = opens.ToString("d MMM yyyy", PortalFormat.Indonesian) + " 09.00 WIB";
        Assert.Contains(shownOpens, WebUtility.HtmlDecode(await app.Client().GetStringAsync($"/lomba/{national.Id}")));

        // Papua's admin is offered WIT, cannot make another province's round (the post's province is ignored), and
        // reads back 09.00 WIT where 00.00 UTC is stored.
        Assert.Contains("Dibuka (WIT)", await papua.GetStringAsync("/admin/lomba"));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(papua, "/admin/lomba", Round("Lomba Papua", opens, closes, "36"), "/admin/lomba?handler=Round")).StatusCode);
        var inPapua = await app.WithDbAsync(db => db.Set<CompetitionRound>().SingleAsync(r => r.Title == "Lomba Papua"));
        Assert.Equal("91", inPapua.ProvinceCode);
        Assert.Equal(opens.AddHours(-9), inPapua.SubmissionOpensAt);
        var shownWit = opens.ToString("d MMM yyyy", PortalFormat.Indonesian) + " 09.00 WIT";
        Assert.Contains(shownWit, WebUtility.HtmlDecode(await app.Client().GetStringAsync($"/lomba/{inPapua.Id}")));
        Assert.Contains(shownWit, WebUtility.HtmlDecode(await papua.GetStringAsync($"/admin/lomba/{inPapua.Id}")));
        var closing = closes.ToString("d MMM yyyy", PortalFormat.Indonesian) + " 17.30 WIT";
        Assert.Contains(closing, WebUtility.HtmlDecode(await papua.GetStringAsync("/admin/lomba")));

        // A refused form comes back with the times as they were typed.
        var refused = await (await Forms.PostAsync(papua, "/admin/lomba", Round("Terbalik", closes, opens), "/admin/lomba?handler=Round")).Content.ReadAsStringAsync();
        Assert.Contains("dates out of order", refused);
        Assert.Contains($"value=\"{closes:yyyy-MM-dd}T17:30\"", refused);
        Assert.Contains($"value=\"{opens:yyyy-MM-dd}T09:00\"", refused);

        // Banten's admin neither lists, opens nor changes Papua's round; Papua's admin does not see the national one.
        Assert.DoesNotContain("Lomba Papua", await banten.GetStringAsync("/admin/lomba"));
        Assert.Equal(HttpStatusCode.NotFound, (await banten.GetAsync($"/admin/lomba/{inPapua.Id}")).StatusCode);
        var intruder = await Forms.PostAsync(banten, "/admin/lomba", new() { ["Criterion.Name"] = "Kriteria asing", ["Criterion.Weight"] = "1", ["Criterion.Counted"] = "true", ["Criterion.MaxScore"] = "10" },
            $"/admin/lomba/{inPapua.Id}?handler=Criterion");
        Assert.Equal(HttpStatusCode.NotFound, intruder.StatusCode);
        Assert.DoesNotContain("Lomba Nasional", await papua.GetStringAsync("/admin/lomba"));
        Assert.Equal(HttpStatusCode.NotFound, (await papua.GetAsync($"/admin/lomba/{national.Id}")).StatusCode);
        var both = await pusat.GetStringAsync("/admin/lomba");
        Assert.Contains("Lomba Papua", both);

        // Papua's admin adds a criterion and a judge to its round.
        var page = $"/admin/lomba/{inPapua.Id}";
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(papua, page, new() { ["Criterion.Name"] = "Isi dan data", ["Criterion.Weight"] = "2", ["Criterion.Counted"] = "true", ["Criterion.MaxScore"] = "10" }, page + "?handler=Criterion")).StatusCode);
        var judged = await (await Forms.PostAsync(papua, page, new() { ["Judge.Name"] = "Yohanes Kii", ["Judge.Email"] = "yohanes@juri.test" }, page + "?handler=Judge")).Content.ReadAsStringAsync();
        Assert.Contains("Akun juri dibuat", judged);
        Assert.Equal("Isi dan data", await app.WithDbAsync(db => db.Set<RubricCriterion>().Where(c => c.RoundId == inPapua.Id).Select(c => c.Name).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.Set<RubricCriterion>().AnyAsync(c => c.Name == "Kriteria asing")));

        // A conflict declared for the judge names an outlet of the round's area by its domain, as the picker sends it.
        var jayapura = await TrainingFixture.OutletAsync(app, "Cahaya Jayapura", "91.03", MembershipStatus.Member);
        var judgeId = (await app.WithDbAsync(db => db.Set<Judge>().Where(j => j.RoundId == inPapua.Id).Select(j => j.Id).SingleAsync())).ToString();
        Assert.Contains(jayapura.Domain, await papua.GetStringAsync(page));
        var unknown = await (await Forms.PostAsync(papua, page, new() { ["Conflict.JudgeId"] = judgeId, ["Conflict.Type"] = "Institutional", ["Conflict.Outlet"] = "media-palsu.test" }, page + "?handler=Conflict")).Content.ReadAsStringAsync();
        Assert.Contains("outlet not found", unknown);
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(papua, page, new() { ["Conflict.JudgeId"] = judgeId, ["Conflict.Type"] = "Institutional", ["Conflict.Outlet"] = jayapura.Domain, ["Conflict.Note"] = "Mantan pemimpin redaksi" }, page + "?handler=Conflict")).StatusCode);
        Assert.Equal(jayapura.Id, await app.WithDbAsync(db => db.Set<JudgeConflict>().Select(c => c.OutletId).SingleAsync()));

        // Journalist accounts: only for people at outlets of the admin's area.
        await TrainingFixture.OutletAsync(app, "Kabar Serang", "36.04", MembershipStatus.Member, "Rina Wulandari");
        var rina = (await TrainingFixture.PersonAsync(app, "Rina Wulandari")).ToString();
        var outside = await (await Forms.PostAsync(papua, "/admin/lomba", new() { ["PersonId"] = rina, ["Email"] = "rina@kabarserang.test" }, "/admin/lomba?handler=Journalist")).Content.ReadAsStringAsync();
        Assert.Contains("person not found in your area", outside);
        var made = await (await Forms.PostAsync(banten, "/admin/lomba", new() { ["PersonId"] = rina, ["Email"] = "rina@kabarserang.test" }, "/admin/lomba?handler=Journalist")).Content.ReadAsStringAsync();
        Assert.Contains("Akun wartawan dibuat", made);

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType.StartsWith("Competition") || a.EntityType == "User")
            .Select(a => new { a.Action, a.EntityType, a.UserName, a.ProvinceCode, a.Summary }).ToListAsync());
        Assert.Single(audit, a => a is { Action: "create", EntityType: "CompetitionRound", UserName: "pusat@smsi.example", ProvinceCode: null });
        Assert.Single(audit, a => a is { Action: "create", EntityType: "CompetitionRound", UserName: "papua@smsi.example", ProvinceCode: "91" });
        Assert.Single(audit, a => a is { Action: "create", EntityType: "CompetitionCriterion", UserName: "papua@smsi.example", ProvinceCode: "91" });
        Assert.Single(audit, a => a is { Action: "create", EntityType: "CompetitionJudge", UserName: "papua@smsi.example", ProvinceCode: "91" });
        Assert.Single(audit, a => a is { Action: "create", EntityType: "CompetitionConflict", UserName: "papua@smsi.example", ProvinceCode: "91" });
        Assert.Single(audit, a => a.EntityType == "User" && a.UserName == "banten@smsi.example" && a.Summary.Contains("Wartawan"));
        Assert.DoesNotContain(audit, a => a.UserName == "banten@smsi.example" && a.EntityType.StartsWith("Competition"));
    }
}
