using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Audit;
using Siberindo.Competition;
using Siberindo.Members;
using Siberindo.Shared;
using Siberindo.Tests.Certificates;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

/// <summary>/lomba/{id}/kirim over HTTP, as a signed-in journalist's browser posts it.</summary>
public sealed class EntryFormPageTests
{
    private static Dictionary<string, string> Fields(string title, string body, bool consent = true)
    {
        var fields = new Dictionary<string, string> { ["Title"] = title, ["Body"] = body, ["Licence"] = EntryLicences.Default };
        if (consent) fields["Consent"] = "true";
        return fields;
    }

    private static async Task<HttpClient> SignedInAsync(TestApp app, string name)
    {
        var http = app.Client();
        await Forms.SignInAsync(http, CompetitionWorld.Email(name), Users.Password);
        return http;
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_entry_needs_consent_is_sanitised_can_be_edited_while_open_and_is_refused_late_with_the_reason(string provider)
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync(provider, ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock, journalists: 2);
        var round = await world.RoundAsync();
        var rina = world.Journalists[0];
        using var http = await SignedInAsync(app, rina.Name);
        var form = $"/lomba/{round.Id}/kirim";
        Task<int> Stored() => app.WithDbAsync(db => db.Set<CompetitionEntry>().CountAsync(e => e.RoundId == round.Id));

        // Without consent: refused with the reason, nothing stored.
        var html = await (await Forms.PostAsync(http, form, Fields("Perahu Terakhir", CompetitionWorld.Body("Perahu"), consent: false))).Content.ReadAsStringAsync();
        Assert.Contains("Persetujuan publikasi wajib dicentang", html);
        Assert.Equal(0, await Stored());

        // With consent: stored, with only the allowed tags and no attribute, script, style or link left.
        var body = "<p onclick=\"steal()\" style=\"color:red\">Pagi di dermaga.</p><script>alert('x')</script><style>p{display:none}</style>" +
                   "<p>Baca <a href=\"javascript:alert(1)\">tautan ini</a> <img src=x onerror=alert(2)> dan <strong>simpan</strong>.</p>" + CompetitionWorld.Body("Perahu");
        html = await (await Forms.PostAsync(http, form, Fields("Perahu Terakhir", body))).Content.ReadAsStringAsync();
        Assert.Contains("Naskah tersimpan", html);
        var entry = await app.WithDbAsync(db => db.Set<CompetitionEntry>().AsNoTracking().SingleAsync(e => e.RoundId == round.Id));
        Assert.StartsWith("<p>Pagi di dermaga.</p>", entry.Body);
        Assert.Matches(@"<p>Baca tautan ini\s+dan <strong>simpan</strong>\.</p>", entry.Body);
        foreach (var gone in new[] { "onclick", "style", "script", "alert", "href", "<a", "<img", "display:none" })
            Assert.DoesNotContain(gone, entry.Body, StringComparison.OrdinalIgnoreCase);
        Assert.True(entry.Consent);
        Assert.Equal(rina.Outlet.Name, entry.OutletName);

        // The form now edits that entry; an edit while the window is open is taken and audited.
        html = await http.GetStringAsync(form);
        Assert.Contains("Ubah naskah", html);
        Assert.Contains("value=\"Perahu Terakhir\"", html);
        html = await (await Forms.PostAsync(http, form, Fields("Perahu Terakhir di Karangantu", CompetitionWorld.Body("Perahu") + "<p>Tambahan.</p>"))).Content.ReadAsStringAsync();
        Assert.Contains("Naskah tersimpan", html);
        Assert.Equal(1, await Stored());
        Assert.Equal("Perahu Terakhir di Karangantu", await app.WithDbAsync(db => db.Set<CompetitionEntry>().Where(e => e.Id == entry.Id).Select(e => e.Title).SingleAsync()));

        // The window closes: the page says why, a late edit and a late first entry are refused, nothing changes.
        // (Two days on, the sign-in cookie has expired by the app's clock: sign in again.)
        clock.Offset = TimeSpan.FromDays(2);
        using var again = await SignedInAsync(app, rina.Name);
        html = await again.GetStringAsync(form);
        Assert.Contains("id=\"refusal\"", html);
        Assert.Contains("naskah yang terlambat tidak diterima", html);
        Assert.Contains(WebUtility.HtmlEncode(round.Show(round.SubmissionClosesAt)), html);
        Assert.DoesNotContain("id=\"entry-form\"", html);
        // The page renders no form, so the antiforgery token comes from the sign-in page (same cookie, same account).
        var late = await (await Forms.PostAsync(again, "/masuk", Fields("Diubah terlambat", CompetitionWorld.Body("x")), form)).Content.ReadAsStringAsync();
        Assert.Contains("terlambat tidak diterima", late);
        Assert.Equal("Perahu Terakhir di Karangantu", await app.WithDbAsync(db => db.Set<CompetitionEntry>().Where(e => e.Id == entry.Id).Select(e => e.Title).SingleAsync()));
        using var budi = await SignedInAsync(app, world.Journalists[1].Name);
        var refused = await (await Forms.PostAsync(budi, "/masuk", Fields("Terlambat", CompetitionWorld.Body("y")), form)).Content.ReadAsStringAsync();
        Assert.Contains("terlambat tidak diterima", refused);
        Assert.Equal(1, await Stored());

        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "CompetitionEntry").Select(a => new { a.Action, a.UserName }).ToListAsync());
        Assert.Equal(["create", "update"], audited.Select(a => a.Action).Order());
        Assert.All(audited, a => Assert.Equal(CompetitionWorld.Email(rina.Name), a.UserName));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Journalists_outside_good_standing_or_the_rounds_province_are_refused_with_the_reason(string provider)
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync(provider, ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock, journalists: 3);
        var national = await world.RoundAsync();
        // A journalist whose outlet's membership is suspended has an account but is not in good standing.
        var lebak = await TrainingFixture.OutletAsync(app, "Suara Lebak", "36.02", MembershipStatus.Suspended, "Joko Susilo");
        var joko = await TrainingFixture.PersonAsync(app, "Joko Susilo");
        Assert.Empty((await app.WithServiceAsync<CompetitionAccounts, CompetitionAccounts.Made>(a => a.CreateJournalistAsync(joko, CompetitionWorld.Email("Joko Susilo"), Users.Password))).Errors);
        using var suspended = await SignedInAsync(app, "Joko Susilo");
        var html = await suspended.GetStringAsync($"/lomba/{national.Id}/kirim");
        Assert.Contains("media Anda tidak tercatat sebagai anggota aktif", html);
        Assert.DoesNotContain("id=\"entry-form\"", html);
        var posted = await (await Forms.PostAsync(suspended, "/masuk", Fields("Naskah Lebak", CompetitionWorld.Body("Lebak")), $"/lomba/{national.Id}/kirim")).Content.ReadAsStringAsync();
        Assert.Contains("anggota aktif", posted);

        // A round of Central Sulawesi refuses a Banten journalist and takes a Palu one.
        var (sulteng, errors) = await app.WithServiceAsync<RoundService, (CompetitionRound?, List<FormError>)>(r => r.CreateAsync(new RoundDraft(
            "Lomba Menulis Sulawesi Tengah", "Pascabencana", "Naskah asli.", 1, world.Now.AddDays(-2), world.Now.AddDays(-1), world.Now.AddDays(3), 1, 5, false, 1, null, "72")));
        Assert.Empty(errors);
        using var banten = await SignedInAsync(app, world.Journalists[0].Name);
        Assert.Contains("hanya untuk wartawan media anggota di provinsinya", await banten.GetStringAsync($"/lomba/{sulteng!.Id}/kirim"));
        var refused = await (await Forms.PostAsync(banten, "/masuk", Fields("Dari Banten", CompetitionWorld.Body("Banten")), $"/lomba/{sulteng.Id}/kirim")).Content.ReadAsStringAsync();
        Assert.Contains("hanya untuk wartawan media anggota di provinsinya", refused);
        using var palu = await SignedInAsync(app, world.Journalists[2].Name);
        Assert.Contains("Naskah tersimpan", await (await Forms.PostAsync(palu, $"/lomba/{sulteng.Id}/kirim", Fields("Garam di Teluk Palu", CompetitionWorld.Body("Garam")))).Content.ReadAsStringAsync());

        // Before the window opens the form says when it opens; a reader who is not signed in is sent to sign in.
        var (later, _) = await app.WithServiceAsync<RoundService, (CompetitionRound?, List<FormError>)>(r => r.CreateAsync(new RoundDraft(
            "Lomba Tahun Depan", "Desa", "Naskah asli.", 1, world.Now, world.Now.AddDays(5), world.Now.AddDays(9), 1, 5, false, 1, null, null)));
        Assert.Contains("Pengiriman naskah belum dibuka", await banten.GetStringAsync($"/lomba/{later!.Id}/kirim"));
        var anonymous = await app.Client().GetAsync($"/lomba/{national.Id}/kirim");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/masuk", anonymous.Headers.Location!.OriginalString.Replace(app.BaseAddress.ToString(), "/"));

        Assert.Equal(["Garam di Teluk Palu"], await app.WithDbAsync(db => db.Set<CompetitionEntry>().Select(e => e.Title).ToListAsync()));
        Assert.NotNull(lebak);
    }
}
