using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Certificates;
using Siberindo.Members;
using Siberindo.Programs;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Certificates;

public sealed partial class CertificateTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Member_people_register_the_board_issues_in_bulk_and_the_public_page_shows_valid_then_revoked(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await TrainingFixture.OutletAsync(app, "Kabar Serang", "36.04", MembershipStatus.Member, "Rina Wulandari", "Bayu Pratama", "Sari Dewi");
        await TrainingFixture.OutletAsync(app, "Beku Lebak", "36.02", MembershipStatus.Suspended, "Tono Dibekukan");
        var bogor = await TrainingFixture.OutletAsync(app, "Warta Bogor", "32.01", MembershipStatus.Member, "Dedi Bogor");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var bimtek = await TrainingFixture.EventAsync(app, EventKind.CekFakta, "Pelatihan Cek Fakta Banten", today.AddDays(-1), today.AddDays(1), "36");
        var meeting = await TrainingFixture.EventAsync(app, EventKind.Rakerwil, "Rakerwil Banten", today.AddDays(-1), today, "36");
        using var editor = await Users.SignedInAsync(app, "redaksi@kabarserang.example", Roles.OutletEditor, outlet: serang.Id);
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        using var jabar = await Users.SignedInAsync(app, "jabar@smsi.example", Roles.ProvinceAdmin, province: "32");
        var page = $"/admin/pelatihan/{bimtek.Id}";

        // The editor sees the province's training (not the work meeting) and registers its own people only.
        var list = await editor.GetStringAsync("/admin/pelatihan");
        Assert.Contains("Pelatihan Cek Fakta Banten", list);
        Assert.DoesNotContain("Rakerwil", list);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/pelatihan/{meeting.Id}")).StatusCode);
        var rina = await TrainingFixture.PersonAsync(app, "Rina Wulandari");
        Assert.Equal(HttpStatusCode.Redirect, (await Register(editor, page, rina)).StatusCode);
        Assert.Contains("sudah terdaftar", await (await Register(editor, page, rina)).Content.ReadAsStringAsync());
        Assert.Contains("Hanya wartawan dan pengurus media anggota", await (await Register(editor, page, await TrainingFixture.PersonAsync(app, "Dedi Bogor"))).Content.ReadAsStringAsync());
        // The board registers people of any member outlet of its province, but not a suspended member's.
        Assert.Contains("Hanya wartawan dan pengurus media anggota", await (await Register(banten, page, await TrainingFixture.PersonAsync(app, "Tono Dibekukan"))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Register(banten, page, await TrainingFixture.PersonAsync(app, "Bayu Pratama"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Register(banten, page, await TrainingFixture.PersonAsync(app, "Sari Dewi"))).StatusCode);

        // Another province's board has no such training.
        Assert.Equal(HttpStatusCode.NotFound, (await jabar.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(jabar, "/admin/pelatihan", new(), page + "?handler=Issue")).StatusCode);

        // Attendance, then certificates in bulk for those who came.
        var registrations = await app.WithDbAsync(db => db.Set<TrainingRegistration>().ToDictionaryAsync(r => r.Name, r => r.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await Attended(banten, page, registrations["Rina Wulandari"], true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Attended(banten, page, registrations["Sari Dewi"], true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Attended(banten, page, registrations["Bayu Pratama"], false)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Attended(editor, page, registrations["Bayu Pratama"], true)).StatusCode);
        var issued = await Forms.PostAsync(banten, page, new(), page + "?handler=Issue");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Contains("terbit=2", issued.Headers.Location!.ToString());
        Assert.Contains("Tidak ada peserta hadir yang belum bersertifikat", await (await Forms.PostAsync(banten, page, new(), page + "?handler=Issue")).Content.ReadAsStringAsync());
        var certificates = await app.WithDbAsync(db => db.Set<Certificate>().OrderBy(c => c.HolderName).ToListAsync());
        Assert.Equal(["Rina Wulandari", "Sari Dewi"], certificates.Select(c => c.HolderName));
        Assert.All(certificates, c => Assert.Matches(CodeShape(), c.Code));
        Assert.NotEqual(certificates[0].Code, certificates[1].Code);
        var rinas = certificates[0];
        Assert.Contains("sudah bersertifikat", await (await Attended(banten, page, registrations["Rina Wulandari"], false)).Content.ReadAsStringAsync());

        // The editor sees its own people only, and downloads their PDF: name, event, code and the verification link.
        var editorPage = await editor.GetStringAsync(page);
        Assert.Contains("Rina Wulandari", editorPage);
        Assert.Contains(rinas.Code, editorPage);
        var (pages, text) = PdfText.Read(await editor.GetByteArrayAsync($"/admin/sertifikat/{rinas.Id}.pdf"));
        Assert.Equal(1, pages);
        foreach (var expected in new[] { "SERTIFIKAT", "Rina Wulandari", "Kabar Serang", "Pelatihan Cek Fakta Banten", "Pengurus Provinsi Banten", rinas.Code, $"/sertifikat/{rinas.Code}" })
            Assert.Contains(PdfText.Compact(expected), text);
        Assert.Equal(HttpStatusCode.NotFound, (await jabar.GetAsync($"/admin/sertifikat/{rinas.Id}.pdf")).StatusCode);
        using var otherEditor = await Users.SignedInAsync(app, "redaksi@wartabogor.example", Roles.OutletEditor, outlet: bogor.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await otherEditor.GetAsync($"/admin/sertifikat/{rinas.Id}.pdf")).StatusCode);

        // Anyone verifies it without signing in, the code typed loosely too; an unknown code is a clear 404.
        using var anonymous = app.Client();
        var valid = await anonymous.GetStringAsync($"/sertifikat/{rinas.Code}");
        Assert.Contains("Sertifikat <strong>sah</strong>", valid);
        Assert.Contains("Rina Wulandari", valid);
        Assert.Contains("Pengurus Provinsi Banten", valid);
        var typed = await anonymous.GetAsync($"/sertifikat?kode={rinas.Code.Replace("-", "").ToLowerInvariant()}");
        Assert.Equal($"/sertifikat/{rinas.Code}", typed.Headers.Location!.ToString());
        var unknown = await anonymous.GetAsync($"/sertifikat/{Other(rinas.Code)}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("tidak ditemukan", await unknown.Content.ReadAsStringAsync());

        // Revocation needs a reason; then the page says "dicabut" with it, and the other certificate stays valid.
        Assert.Contains("Alasan pencabutan wajib diisi", await (await Revoke(banten, page, rinas.Id, " ")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Revoke(jabar, page, rinas.Id, "coba")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Revoke(banten, page, rinas.Id, "Tidak mengikuti sesi praktik")).StatusCode);
        var revoked = await anonymous.GetStringAsync($"/sertifikat/{rinas.Code}");
        Assert.Contains("<strong>dicabut</strong>", revoked);
        Assert.Contains("Tidak mengikuti sesi praktik", revoked);
        Assert.Contains("Sertifikat <strong>sah</strong>", await anonymous.GetStringAsync($"/sertifikat/{certificates[1].Code}"));

        // Every step is in the audit log, in the province's area.
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "TrainingRegistration" || e.EntityType == "Certificate")
            .Select(e => new { e.EntityType, e.Action, e.ProvinceCode }).ToListAsync());
        Assert.Equal(3, audited.Count(a => a is { EntityType: "TrainingRegistration", Action: "create" }));
        Assert.Single(audited, a => a is { EntityType: "Certificate", Action: "create" });
        Assert.Single(audited, a => a is { EntityType: "Certificate", Action: "status" });
        Assert.All(audited, a => Assert.Equal("36", a.ProvinceCode));
    }

    [Fact]
    public async Task The_public_verification_page_stops_a_client_trying_codes()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var anonymous = app.Client();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++) answers.Add((await anonymous.GetAsync($"/sertifikat/{CertificateCode.New()}")).StatusCode);
        // 20 a minute per client address are answered (unknown codes: 404), the rest refused.
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 20).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)), answers);
    }

    [Fact]
    public void Codes_are_random_well_formed_and_read_back_as_typed()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => CertificateCode.New()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Equal(c, CertificateCode.Normalize(c)));
        // Every symbol of the alphabet turns up in every position: no position is fixed or biased away.
        for (var i = 0; i < CertificateCode.Length; i++)
            if (i != 5) Assert.Equal(32, codes.Select(c => c[i]).Distinct().Count());
        Assert.Equal("0123A-B1111", CertificateCode.Normalize(" o123a b1iLl "));
        Assert.Null(CertificateCode.Normalize("0123A-B111"));
        Assert.Null(CertificateCode.Normalize("0123A-B1111-2"));
        Assert.Null(CertificateCode.Normalize("0123U-B1111"));
        Assert.Null(CertificateCode.Normalize("<script>"));
    }

    private static Task<HttpResponseMessage> Register(HttpClient http, string page, int personId) =>
        Forms.PostAsync(http, page, new() { ["personId"] = personId.ToString() }, page + "?handler=Register");

    private static Task<HttpResponseMessage> Attended(HttpClient http, string page, int registrationId, bool attended) =>
        Forms.PostAsync(http, "/admin/pelatihan", new() { ["registrationId"] = registrationId.ToString(), ["attended"] = attended ? "true" : "false" }, page + "?handler=Attended");

    private static Task<HttpResponseMessage> Revoke(HttpClient http, string page, int certificateId, string reason) =>
        Forms.PostAsync(http, "/admin/pelatihan", new() { ["certificateId"] = certificateId.ToString(), [$"RevokeReasons[{certificateId}]"] = reason }, page + "?handler=Revoke");

    /// <summary>A well-formed code that is not this one.</summary>
    private static string Other(string code) => (code[0] == '0' ? "1" : "0") + code[1..];

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$")]
    private static partial Regex CodeShape();
}
