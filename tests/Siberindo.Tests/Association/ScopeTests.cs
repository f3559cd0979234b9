using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Members;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Association;

/// <summary>Every admin page, endpoint and change stays inside the user's area; every change leaves an audit entry.</summary>
public sealed class ScopeTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_province_admin_sees_and_changes_only_its_own_province(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var banten = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var jabar = await Seed.OutletAsync(app, "Warta Bogor", "https://wartabogor.example", "32.01");

        // The CLI makes the province admin, as an operator would.
        var cli = await CliRunner.RunWithInputAsync(Users.Password + "\n",
            ["user", "create", "--role", "provinsi", "--province", "36", "--email", "banten@smsi.example", "--password-stdin", .. app.Database.ConfigurationArgs]);
        Assert.Equal(0, cli.Exit);
        using var http = app.Client();
        await Forms.SignInAsync(http, "banten@smsi.example", Users.Password);

        var list = await http.GetStringAsync("/admin/media");
        Assert.Contains("Kabar Serang", list);
        Assert.DoesNotContain("Warta Bogor", list);
        Assert.Contains("Banten", await http.GetStringAsync("/admin"));

        foreach (var path in new[] { $"/admin/media/{jabar.Id}", $"/admin/media/{jabar.Id}/anggota", $"/admin/media/{jabar.Id}/verifikasi", $"/api/v1/admin/members/{jabar.Id}", "/admin/laporan/32/2026.pdf" })
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/admin/media/{banten.Id}/anggota")).StatusCode);

        // Admin pages not yet scoped to an area stay with admin pusat.
        foreach (var path in new[] { "/admin/koreksi", "/admin/koreksi/ikuti", "/admin/media/feeds.opml" })
        {
            var denied = await http.GetAsync(path);
            Assert.True(denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.PathAndQuery.StartsWith("/masuk"), $"{path}: {(int)denied.StatusCode}");
        }

        var api = await http.GetFromJsonAsync<List<AssociationAdminEndpoints.MemberSummary>>("/api/v1/admin/members");
        Assert.Equal([banten.Id], api!.Select(m => m.Id));

        // Posting to another province's outlet (with a token from an allowed page) changes nothing.
        var forged = await Forms.PostAsync(http, $"/admin/media/{banten.Id}", new()
        {
            ["Form.Name"] = "Dibajak", ["Form.Website"] = "https://wartabogor.example", ["Form.RegencyCode"] = "32.01", ["Form.Verification"] = "None",
        }, $"/admin/media/{jabar.Id}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var statusForged = await Forms.PostAsync(http, $"/admin/media/{banten.Id}/anggota", new() { ["StatusChange.Status"] = "Suspended" }, $"/admin/media/{jabar.Id}/anggota?handler=Status");
        Assert.Equal(HttpStatusCode.NotFound, statusForged.StatusCode);
        Assert.Equal("Warta Bogor", await app.WithDbAsync(db => db.Outlets.Where(o => o.Id == jabar.Id).Select(o => o.Name).SingleAsync()));

        // Moving its own outlet out of the province, or creating one elsewhere, is refused.
        var moved = await Forms.PostAsync(http, $"/admin/media/{banten.Id}", new()
        {
            ["Form.Name"] = "Kabar Serang", ["Form.Website"] = "https://kabarserang.example", ["Form.RegencyCode"] = "32.01", ["Form.Verification"] = "None",
        });
        Assert.Contains("di luar wilayah Anda", await moved.Content.ReadAsStringAsync());
        var created = await Forms.PostAsync(http, "/admin/media/baru", new()
        {
            ["Form.Name"] = "Kabar Depok", ["Form.Website"] = "https://kabardepok.example", ["Form.RegencyCode"] = "32.76", ["Form.Verification"] = "None",
        });
        Assert.Contains("di luar wilayah Anda", await created.Content.ReadAsStringAsync());

        // A change inside the area is stored with its audit entry; the audit page shows only the province's entries.
        var renamed = await Forms.PostAsync(http, $"/admin/media/{banten.Id}", new()
        {
            ["Form.Name"] = "Kabar Serang Raya", ["Form.Website"] = "https://kabarserang.example", ["Form.RegencyCode"] = "36.04", ["Form.Verification"] = "None",
        });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var entry = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "Outlet" && e.Action == "update").SingleAsync());
        Assert.Equal("banten@smsi.example", entry.UserName);
        Assert.Equal("36", entry.ProvinceCode);
        Assert.Contains("Nama: Kabar Serang → Kabar Serang Raya", entry.Summary);
        var audit = await http.GetStringAsync("/admin/audit");
        Assert.Contains("Kabar Serang Raya", audit);
        Assert.DoesNotContain("Warta Bogor", audit);

        // An outlet's feed page is its area's: found for its own province, not for another, and its switch is audited.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/admin/media/{banten.Id}/feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/admin/media/{jabar.Id}/feed")).StatusCode);
        var foreignSwitch = await Forms.PostAsync(http, $"/admin/media/{banten.Id}/feed", new() { ["enable"] = "true" }, $"/admin/media/{jabar.Id}/feed?handler=FullText");
        Assert.Equal(HttpStatusCode.NotFound, foreignSwitch.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Outlets.Where(o => o.Id == jabar.Id).Select(o => o.FetchFullText).SingleAsync()));
        var ownSwitch = await Forms.PostAsync(http, $"/admin/media/{banten.Id}/feed", new() { ["enable"] = "true" }, $"/admin/media/{banten.Id}/feed?handler=FullText");
        Assert.Equal(HttpStatusCode.Redirect, ownSwitch.StatusCode);
        Assert.Contains("Teks lengkap: tidak → ya", await app.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => e.EntityType == "Outlet" && e.Summary.StartsWith("Teks lengkap")).Select(e => e.Summary).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Regency_admins_and_outlet_editors_are_held_to_their_regency_and_outlet(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var tangerang = await Seed.OutletAsync(app, "Tangerang Kini", "https://tangerangkini.example", "36.71");

        using var regency = await Users.SignedInAsync(app, "serang@smsi.example", Roles.RegencyAdmin, regency: "36.04");
        Assert.Contains("Kabar Serang", await regency.GetStringAsync("/admin/media"));
        Assert.DoesNotContain("Tangerang Kini", await regency.GetStringAsync("/admin/media"));
        Assert.Equal(HttpStatusCode.NotFound, (await regency.GetAsync($"/admin/media/{tangerang.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await regency.GetAsync("/admin/laporan/36/2026.pdf")).StatusCode);

        // A regency admin's event belongs to its regency without naming it.
        var ev = await Forms.PostAsync(regency, "/admin/kegiatan", new() { ["Kind"] = "Seminar", ["Title"] = "Seminar Literasi Serang", ["StartsOn"] = "2026-01-10", ["Place"] = "Serang" });
        Assert.Equal(HttpStatusCode.Redirect, ev.StatusCode);
        Assert.Equal(("36", "36.04"), await app.WithDbAsync(db => db.Set<Siberindo.Programs.AssociationEvent>().Select(e => new ValueTuple<string?, string?>(e.ProvinceCode, e.RegencyCode)).SingleAsync()));

        using var editor = await Users.SignedInAsync(app, "redaksi@kabarserang.example", Roles.OutletEditor, outlet: serang.Id);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/media/{serang.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/media/{tangerang.Id}")).StatusCode);
        foreach (var path in new[] { "/admin/media/baru", "/admin/pengguna", "/admin/audit", "/admin/pengurus", "/admin/kegiatan", "/admin/pendampingan" })
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(path)).StatusCode);
        // The editor keeps the outlet's people up to date but cannot change its Dewan Pers status.
        var person = await Forms.PostAsync(editor, $"/admin/media/{serang.Id}/anggota", new()
            { ["Person.Name"] = "Siti Rahma", ["Person.Ukw"] = "Utama", ["Person.Certificate"] = "UTM-0001", ["Person.Role"] = "PemimpinRedaksi" }, $"/admin/media/{serang.Id}/anggota?handler=Person");
        Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
        var status = await Forms.PostAsync(editor, $"/admin/media/{serang.Id}/verifikasi", new()
            { ["Status.Status"] = "Factual", ["Status.FactualOn"] = "2025-01-01", ["Status.CertificateNumber"] = "X" }, $"/admin/media/{serang.Id}/verifikasi?handler=Status");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal(Siberindo.Outlets.VerificationStatus.None, await app.WithDbAsync(db => db.Outlets.Where(o => o.Id == serang.Id).Select(o => o.Verification).SingleAsync()));

        // A province admin may create regency admins in its province only; a regency admin no province admins.
        using var province = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var inside = await Forms.PostAsync(province, "/admin/pengguna", new() { ["New.Email"] = "lebak@smsi.example", ["New.Role"] = Roles.RegencyAdmin, ["New.RegencyCode"] = "36.02" });
        Assert.Contains("new-password", await inside.Content.ReadAsStringAsync());
        var outside = await Forms.PostAsync(province, "/admin/pengguna", new() { ["New.Email"] = "bogor@smsi.example", ["New.Role"] = Roles.RegencyAdmin, ["New.RegencyCode"] = "32.01" });
        Assert.Contains("tidak berwenang", await outside.Content.ReadAsStringAsync());
        var escalate = await Forms.PostAsync(province, "/admin/pengguna", new() { ["New.Email"] = "pusat2@smsi.example", ["New.Role"] = Roles.Admin });
        Assert.Contains("tidak berwenang", await escalate.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "bogor@smsi.example" || u.Email == "pusat2@smsi.example")));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.EntityType == "User" && e.EntityName == "lebak@smsi.example" && e.UserName == "banten@smsi.example")));
    }

    [Fact]
    public async Task Pages_that_run_the_association_are_404_to_other_staff_and_open_to_every_board_admin()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var regency = await Users.SignedInAsync(app, "serang@smsi.example", Roles.RegencyAdmin, regency: "36.04");
        var opened = await Forms.PostAsync(regency, $"/admin/media/{serang.Id}/verifikasi", new() { ["NewCase.Target"] = "Administrative", ["NewCase.Mentor"] = "Hendra" },
            $"/admin/media/{serang.Id}/verifikasi?handler=Case");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var caseId = await app.WithDbAsync(db => db.Set<Siberindo.Verification.AssistanceCase>().Select(c => c.Id).SingleAsync());
        var partner = await Forms.PostAsync(regency, "/admin/mitra", new() { ["Name"] = "Diskominfo Kabupaten Serang", ["Kind"] = "Diskominfo", ["RegencyCode"] = "36.04" });
        Assert.Equal(HttpStatusCode.Redirect, partner.StatusCode);
        var partnerPage = partner.Headers.Location!.OriginalString;

        string[] pages = ["/admin/media/baru", "/admin/anggota/impor", "/admin/pengguna", "/admin/audit", "/admin/pengurus", "/admin/kegiatan",
            "/admin/pendampingan", $"/admin/pendampingan/{caseId}", "/admin/mitra", partnerPage];
        foreach (var path in pages)
            Assert.True((await regency.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"board admin, {path}");

        // The case is the editor's own outlet's, yet its page does not exist for the editor; nor does a form's handler.
        using var editor = await Users.SignedInAsync(app, "redaksi@kabarserang.example", Roles.OutletEditor, outlet: serang.Id);
        foreach (var path in pages)
            Assert.True((await editor.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"outlet editor, {path}");
        var discover = await Forms.PostAsync(editor, $"/admin/media/{serang.Id}", new() { ["Form.Website"] = "https://kabarserang.example" }, "/admin/media/baru?handler=Discover");
        Assert.Equal(HttpStatusCode.NotFound, discover.StatusCode);
        var step = await Forms.PostAsync(editor, $"/admin/media/{serang.Id}", new() { ["note"] = "Dari redaksi" }, $"/admin/pendampingan/{caseId}");
        Assert.Equal(HttpStatusCode.NotFound, step.StatusCode);

        // An account with no staff role (the partner's) is sent to sign in, as everywhere in /admin.
        var account = await Forms.PostAsync(regency, partnerPage, new() { ["Account.Email"] = "staf@diskominfo.example" }, partnerPage + "?handler=Account");
        var password = System.Text.RegularExpressions.Regex.Match(await account.Content.ReadAsStringAsync(), "id=\"new-password\">([^<]+)<").Groups[1].Value;
        using var partnerStaff = app.Client();
        await Forms.SignInAsync(partnerStaff, "staf@diskominfo.example", password);
        var denied = await partnerStaff.GetAsync("/admin/pengurus");
        Assert.True(denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.PathAndQuery.StartsWith("/masuk"), $"partner: {(int)denied.StatusCode}");
    }

    [Fact]
    public async Task Every_admin_route_needs_a_signed_in_account()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = app.Client();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(r => r.TrimStart('/').StartsWith("admin", StringComparison.Ordinal) || r.Contains("api/v1/admin", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(routes.Count >= 15, string.Join(", ", routes));
        foreach (var route in routes)
        {
            // Optional segments are left out (a made-up value would miss their constraint and never reach the page).
            var required = System.Text.RegularExpressions.Regex.Replace(route.TrimStart('/'), @"/\{[^}]+\?\}", "");
            var path = "/" + System.Text.RegularExpressions.Regex.Replace(required, @"\{[^}]+\}", m => m.Value.Contains("int") ? "1" : m.Value.StartsWith("{format") ? "csv" : "36");
            var response = await http.GetAsync(path);
            // Pages send the browser to the sign-in page; the API answers 401.
            var ok = path.StartsWith("/api/", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/masuk");
            Assert.True(ok, $"{path}: {(int)response.StatusCode}");
        }
    }
}
