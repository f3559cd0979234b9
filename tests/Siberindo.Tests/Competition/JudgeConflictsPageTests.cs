using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Audit;
using Siberindo.Competition;
using Siberindo.Core.Competition;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

/// <summary>/juri/konflik: a judge's own declarations, audited, feeding the assignment's conflict detection.</summary>
public sealed class JudgeConflictsPageTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_judge_declares_family_names_a_board_and_an_outlet_and_is_never_assigned_those_entries(string provider)
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync(provider, ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock);
        var round = await world.RoundAsync(judgesPerEntry: 1, cap: 4);
        var entries = new List<CompetitionEntry>();
        for (var i = 0; i < 4; i++) entries.Add(await world.EnterAsync(round.Id, i, $"Kabar Pesisir Nomor {i}"));
        var lestari = (await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, new JudgeDraft("lestari@juri.test", "Lestari Ayu", null, null, null), Users.Password))).Judge!;
        var yohanes = (await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, new JudgeDraft("yohanes@juri.test", "Yohanes Kii", null, null, null), Users.Password))).Judge!;

        using var http = app.Client();
        await Forms.SignInAsync(http, "lestari@juri.test", Users.Password);
        const string page = "/juri/konflik";
        var html = await http.GetStringAsync(page);
        Assert.Contains($"id=\"lomba-{round.Id}\"", html);
        Assert.Contains(world.Journalists[1].Outlet.Domain, html); // the picker offers the member outlets
        Assert.Contains("/juri/konflik", await http.GetStringAsync("/juri"));

        // Bad declarations are refused with their reason and change nothing.
        Assert.Contains("paling sedikit 3 huruf", await Post(http, "Names", new() { [$"Names[{lestari.Id}].FamilyNames"] = "Siregar, Li" }));
        Assert.Contains("Provinsi tidak dikenal", await Post(http, "Names", new() { [$"Names[{lestari.Id}].BoardProvinceCode"] = "99" }));
        Assert.Contains("tidak ditemukan", await Post(http, "Outlet", new() { [$"Outlets[{lestari.Id}].Type"] = "Collaborator", [$"Outlets[{lestari.Id}].Outlet"] = "media-palsu.test" }));
        Assert.Equal("", await app.WithDbAsync(db => db.Set<Judge>().Where(j => j.Id == lestari.Id).Select(j => j.FamilyNames).SingleAsync()));

        // Relatives' family name (Siregar: the first entrant), the board of Central Sulawesi (entrants 2 and 3), and an
        // outlet (Warta Cilegon: entrant 1) picked by its domain.
        Assert.Contains("Pernyataan tersimpan", await Post(http, "Names", new() { [$"Names[{lestari.Id}].FamilyNames"] = "Ayu, Siregar", [$"Names[{lestari.Id}].BoardProvinceCode"] = "72" }));
        Assert.Contains("Konflik dengan media tersimpan", await Post(http, "Outlet",
            new() { [$"Outlets[{lestari.Id}].Type"] = "Collaborator", [$"Outlets[{lestari.Id}].Outlet"] = world.Journalists[1].Outlet.Domain, [$"Outlets[{lestari.Id}].Note"] = "Pernah menjadi redaktur tamu" }));
        Assert.Contains("sudah dinyatakan", await Post(http, "Outlet", new() { [$"Outlets[{lestari.Id}].Type"] = "Personal", [$"Outlets[{lestari.Id}].Outlet"] = world.Journalists[1].Outlet.Name }));
        html = WebUtility.HtmlDecode(await http.GetStringAsync(page));
        Assert.Contains("Nama keluarga: Ayu, Siregar", html);
        Assert.Contains("Pengurus provinsi: Sulawesi Tengah", html);
        Assert.Contains($"Rekan kerja: {world.Journalists[1].Outlet.Name} ({world.Journalists[1].Outlet.Domain}) — Pernah menjadi redaktur tamu", html);

        // Another judge's seat is out of reach.
        using var other = app.Client();
        await Forms.SignInAsync(other, "yohanes@juri.test", Users.Password);
        var foreign = await Forms.PostAsync(other, page, new() { [$"Names[{lestari.Id}].FamilyNames"] = "" }, page + "?handler=Names");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("Ayu, Siregar", await app.WithDbAsync(db => db.Set<Judge>().Where(j => j.Id == lestari.Id).Select(j => j.FamilyNames).SingleAsync()));

        // The assignment honours them: every entry is conflicted for Lestari, so Yohanes takes all four.
        clock.Offset = TimeSpan.FromDays(2);
        var parties = await app.WithServiceAsync<JudgePanel, List<JudgeParty>>(p => p.PartiesAsync(round.Id, default));
        var entryParties = await app.WithServiceAsync<JudgePanel, List<EntryParty>>(p => p.EntryPartiesAsync(round.Id, default));
        var her = parties.Single(j => j.JudgeId == lestari.Id);
        Assert.Equal([ConflictReason.FamilyName, ConflictReason.Declared, ConflictReason.SameProvinceBoard, ConflictReason.SameProvinceBoard],
            entryParties.Select(e => Conflicts.Between(her, e)));
        var (plan, _) = await app.WithServiceAsync<JudgePanel, (AssignmentPlan?, List<string>)>(p => p.AssignAsync(round.Id));
        Assert.Empty(plan!.Missing);
        Assert.Equal(0, plan.LoadOf(lestari.Id));
        Assert.Equal(4, plan.LoadOf(yohanes.Id));

        // Declared after assignment, during judging: the forbidden unscored sheet goes at once and the entry is short.
        // (Two days on, the earlier sign-in has expired by the app's clock.)
        using var later = app.Client();
        await Forms.SignInAsync(later, "yohanes@juri.test", Users.Password);
        Assert.Contains("Konflik dengan media tersimpan", await Post(later, "Outlet",
            new() { [$"Outlets[{yohanes.Id}].Type"] = "Institutional", [$"Outlets[{yohanes.Id}].Outlet"] = world.Journalists[0].Outlet.Domain }));
        var left = await app.WithDbAsync(db => db.Set<JudgeAssignment>().Where(a => a.JudgeId == yohanes.Id).Select(a => a.EntryId).ToListAsync());
        Assert.Equal(entries.Skip(1).Select(e => e.Id).Order(), left.Order());
        Assert.DoesNotContain(entries[0].Id, (await app.WithServiceAsync<JudgePanel, (AssignmentPlan?, List<string>)>(p => p.AssignAsync(round.Id))).Item1!.Pairs.Select(p => p.EntryId));

        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "CompetitionJudge" || a.EntityType == "CompetitionConflict")
            .Where(a => a.Action != "create" || a.EntityType == "CompetitionConflict").Select(a => new { a.Action, a.EntityType, a.UserName, a.Summary }).ToListAsync());
        Assert.Single(audited, a => a is { Action: "update", EntityType: "CompetitionJudge", UserName: "lestari@juri.test" } && a.Summary.Contains("Siregar"));
        Assert.Single(audited, a => a is { EntityType: "CompetitionConflict", UserName: "lestari@juri.test" } && a.Summary.Contains("dinyatakan sendiri"));
        Assert.Single(audited, a => a is { EntityType: "CompetitionConflict", UserName: "yohanes@juri.test" });
    }

    private static async Task<string> Post(HttpClient http, string handler, Dictionary<string, string> fields) =>
        WebUtility.HtmlDecode(await (await Forms.PostAsync(http, "/juri/konflik", fields, $"/juri/konflik?handler={handler}")).Content.ReadAsStringAsync());
}
