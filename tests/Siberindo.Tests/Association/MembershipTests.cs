using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Tests.Infrastructure;
using Siberindo.Verification;

namespace Siberindo.Tests.Association;

public sealed class MembershipTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_lifecycle_keeps_a_dated_history_and_refuses_impossible_moves(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var page = $"/admin/media/{outlet.Id}/anggota";
        Assert.Contains("Anggota", await http.GetStringAsync(page)); // registered outlets are members from that day

        async Task<HttpResponseMessage> Move(string status, string on) =>
            await Forms.PostAsync(http, page, new() { ["StatusChange.Status"] = status, ["StatusChange.On"] = on, ["StatusChange.Note"] = "uji" }, page + "?handler=Status");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(HttpStatusCode.Redirect, (await Move("Suspended", today.ToString("yyyy-MM-dd"))).StatusCode);
        var refused = await Move("Applicant", today.ToString("yyyy-MM-dd"));
        Assert.Contains("tidak dapat diubah dari Dibekukan ke Pemohon", await refused.Content.ReadAsStringAsync());
        var future = await Move("Member", today.AddDays(3).ToString("yyyy-MM-dd"));
        Assert.Contains("masa depan", await future.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Move("Member", today.ToString("yyyy-MM-dd"))).StatusCode);

        var history = await app.WithDbAsync(db => db.Set<MembershipEvent>().Where(e => e.OutletId == outlet.Id).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync());
        Assert.Equal([MembershipStatus.Member, MembershipStatus.Suspended, MembershipStatus.Member], history);
        var audits = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Action == "status").Select(e => e.Summary).ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.Contains(audits, s => s.StartsWith("Keanggotaan: Anggota → Dibekukan"));
    }

    [Fact]
    public async Task Cached_statistics_show_a_change_within_seconds()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var admin = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        using var reader = app.Client(); // anonymous: the public statistics are cached for readers
        async Task<string> BantenMembers() => (await reader.GetStringAsync("/statistik/anggota-per-provinsi.csv"))
            .Split("\r\n").Single(l => l.StartsWith("36,")).Split(',')[2];
        Assert.Equal("1", await BantenMembers());
        // Then served from the cache (the same ETag twice: a rendering gets a new one), which would keep it for 5 minutes.
        async Task<string?> ETag() => (await reader.GetAsync("/statistik/anggota-per-provinsi.csv")).Headers.ETag?.Tag;
        await Eventually.TrueAsync(async () => await ETag() is { } tag && tag == await ETag(), TimeSpan.FromSeconds(5), "a cached copy of the statistics");

        var page = $"/admin/media/{outlet.Id}/anggota";
        var suspended = await Forms.PostAsync(admin, page,
            new() { ["StatusChange.Status"] = "Suspended", ["StatusChange.On"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["StatusChange.Note"] = "uji" }, page + "?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);

        await Eventually.TrueAsync(async () => await BantenMembers() == "0", TimeSpan.FromSeconds(5), "the cached statistics showing the suspension");
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Company_people_and_verification_feed_the_checklist_and_reminders(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var b = await Seed.OutletAsync(app, "Warta Cilegon", "https://wartacilegon.example", "36.72");
        var c = await Seed.OutletAsync(app, "Info Lebak", "https://infolebak.example", "36.02");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        var company = await Forms.PostAsync(http, $"/admin/media/{a.Id}/anggota", new()
        {
            ["Company.LegalForm"] = "PT", ["Company.DeedNumber"] = "7/2020", ["Company.DeedDate"] = "2020-02-02", ["Company.DeedNamesPressBusiness"] = "true",
            ["Company.KemenkumhamSk"] = "AHU-123", ["Company.CapitalRupiah"] = "40000000", ["Company.PublishesAddress"] = "true",
        }, $"/admin/media/{a.Id}/anggota?handler=Company");
        Assert.Equal(HttpStatusCode.Redirect, company.StatusCode);
        // One chief editor answering for three outlets breaks the two-outlet rule for all of them.
        foreach (var outlet in new[] { a, b, c })
        {
            var added = await Forms.PostAsync(http, $"/admin/media/{outlet.Id}/anggota", new()
                { ["Person.Name"] = "Siti Rahma", ["Person.Ukw"] = "Utama", ["Person.Certificate"] = "UTM-0001", ["Person.Role"] = "PenanggungJawab" }, $"/admin/media/{outlet.Id}/anggota?handler=Person");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Person>().CountAsync()));
        var other = await Forms.PostAsync(http, $"/admin/media/{a.Id}/anggota", new()
            { ["Person.Name"] = "Orang Lain", ["Person.Ukw"] = "Muda", ["Person.Certificate"] = "UTM-0001", ["Person.Role"] = "Wartawan" }, $"/admin/media/{a.Id}/anggota?handler=Person");
        Assert.Contains("sudah tercatat atas nama Siti Rahma", await other.Content.ReadAsStringAsync());

        var checklist = await app.WithServiceAsync<VerificationService, List<ChecklistItem>>(async v =>
            await v.ChecklistAsync(await app.WithDbAsync(db => db.Outlets.SingleAsync(o => o.Id == a.Id))));
        var byCode = checklist.ToDictionary(i => i.Code);
        Assert.Equal(ItemOutcome.NotMet, byCode["modal"].Outcome);
        Assert.Equal("Modal Rp40.000.000", byCode["modal"].Evidence);
        Assert.Equal(ItemOutcome.Met, byCode["pemred-ukw"].Outcome);
        Assert.Equal(ItemOutcome.NotMet, byCode["rangkap-media"].Outcome);
        Assert.Contains("Siti Rahma: 3 media", byCode["rangkap-media"].Evidence);
        Assert.Contains("Belum terpenuhi", await http.GetStringAsync($"/admin/media/{a.Id}/verifikasi"));

        // Factual verification needs a certificate; one verified 5 years ago less 30 days expires within 90 days.
        var factualOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-5).AddDays(30);
        var missing = await Forms.PostAsync(http, $"/admin/media/{a.Id}/verifikasi", new() { ["Status.Status"] = "Factual", ["Status.FactualOn"] = factualOn.ToString("yyyy-MM-dd") }, $"/admin/media/{a.Id}/verifikasi?handler=Status");
        Assert.Contains("Nomor sertifikat wajib diisi", await missing.Content.ReadAsStringAsync());
        var verified = await Forms.PostAsync(http, $"/admin/media/{a.Id}/verifikasi", new()
            { ["Status.Status"] = "Factual", ["Status.AdministrativeOn"] = factualOn.AddMonths(-6).ToString("yyyy-MM-dd"), ["Status.FactualOn"] = factualOn.ToString("yyyy-MM-dd"), ["Status.CertificateNumber"] = "123/DP-Terverifikasi/K/2021" },
            $"/admin/media/{a.Id}/verifikasi?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(VerificationStatus.Factual, await app.WithDbAsync(db => db.Outlets.Where(o => o.Id == a.Id).Select(o => o.Verification).SingleAsync()));

        // An assistance case with no step for 30 days is stalled.
        var opened = await Forms.PostAsync(http, $"/admin/media/{b.Id}/verifikasi", new()
            { ["NewCase.Target"] = "Administrative", ["NewCase.Mentor"] = "Hendra", ["NewCase.NextAction"] = "Kumpulkan akta", ["NewCase.NextOn"] = "2030-01-01" }, $"/admin/media/{b.Id}/verifikasi?handler=Case");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var caseId = await app.WithDbAsync(db => db.Set<AssistanceCase>().Select(x => x.Id).SingleAsync());
        await app.WithDbAsync(db => db.Set<AssistanceCase>().Where(x => x.Id == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.OpenedOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-45))));
        var dashboard = await http.GetStringAsync("/admin");
        Assert.Contains("123/DP-Terverifikasi/K/2021", dashboard);
        Assert.Contains($"/admin/pendampingan/{caseId}", dashboard);
        var step = await Forms.PostAsync(http, $"/admin/pendampingan/{caseId}", new() { ["note"] = "Akta diperiksa", ["nextAction"] = "Kirim berkas" });
        Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
        Assert.DoesNotContain($"/admin/pendampingan/{caseId}", await http.GetStringAsync("/admin"));

        // Another province's admin sees neither the case nor the reminder.
        using var jabar = await Users.SignedInAsync(app, "jabar@smsi.example", Roles.ProvinceAdmin, province: "32");
        Assert.Equal(HttpStatusCode.NotFound, (await jabar.GetAsync($"/admin/pendampingan/{caseId}")).StatusCode);
        Assert.DoesNotContain("123/DP-Terverifikasi", await jabar.GetStringAsync("/admin"));
    }
}
