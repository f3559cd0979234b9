using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Certificates;
using Siberindo.Members;
using Siberindo.Programs;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Certificates;

public sealed class CertificateFormTests
{
    [Fact]
    public async Task A_refused_registration_says_next_to_the_person_field_why_and_registers_nobody()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        await TrainingFixture.OutletAsync(app, "Kabar Serang", "36.04", MembershipStatus.Member, "Rina Wulandari");
        await TrainingFixture.OutletAsync(app, "Beku Lebak", "36.02", MembershipStatus.Suspended, "Tono Dibekukan");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var training = await TrainingFixture.EventAsync(app, EventKind.CekFakta, "Pelatihan Cek Fakta Banten", today.AddDays(-1), today.AddDays(1), "36");
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var page = $"/admin/pelatihan/{training.Id}";

        var refused = await Forms.PostAsync(banten, page, new() { ["PersonId"] = (await TrainingFixture.PersonAsync(app, "Tono Dibekukan")).ToString() },
            page + "?handler=Register");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "PersonId", "Hanya wartawan dan pengurus media anggota");
        Assert.Equal(["PersonId"], FieldErrors.Invalid(html));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<TrainingRegistration>().CountAsync()));
    }

    [Fact]
    public async Task An_unknown_code_marks_the_code_field_and_is_described_by_the_verdict()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = app.Client();

        var unknown = await http.GetAsync("/sertifikat/ZZZZZ-ZZZZZ");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var document = new HtmlParser().ParseDocument(await unknown.Content.ReadAsStringAsync());
        var field = document.QuerySelector("input[name=kode]")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal("ZZZZZ-ZZZZZ", field.GetAttribute("value"));
        Assert.Contains("tidak ditemukan", document.GetElementById(field.GetAttribute("aria-describedby")!)!.TextContent);
        // A page with no code asked for marks nothing.
        var empty = new HtmlParser().ParseDocument(await http.GetStringAsync("/sertifikat"));
        Assert.Null(empty.QuerySelector("input[name=kode]")!.GetAttribute("aria-invalid"));
        Assert.Null(empty.QuerySelector("input[name=kode]")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_refused_revocation_says_why_in_its_own_row_keeps_the_typed_reason_and_revokes_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        await TrainingFixture.OutletAsync(app, "Kabar Serang", "36.04", MembershipStatus.Member, "Rina Wulandari", "Sari Dewi");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var training = await TrainingFixture.EventAsync(app, EventKind.CekFakta, "Pelatihan Cek Fakta Banten", today.AddDays(-1), today.AddDays(1), "36");
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var page = $"/admin/pelatihan/{training.Id}";
        foreach (var name in new[] { "Rina Wulandari", "Sari Dewi" })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, page, new() { ["PersonId"] = (await TrainingFixture.PersonAsync(app, name)).ToString() }, page + "?handler=Register")).StatusCode);
        foreach (var registration in await app.WithDbAsync(db => db.Set<TrainingRegistration>().Select(r => r.Id).ToListAsync()))
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, page, new() { ["registrationId"] = registration.ToString(), ["attended"] = "true" }, page + "?handler=Attended")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, page, new(), page + "?handler=Issue")).StatusCode);
        var certificates = await app.WithDbAsync(db => db.Set<Certificate>().ToDictionaryAsync(c => c.HolderName, c => c.Id));
        var (rina, sari) = (certificates["Rina Wulandari"], certificates["Sari Dewi"]);

        var tooLong = "Tidak mengikuti sesi praktik. " + new string('x', 500);
        var refused = await Forms.PostAsync(banten, page, new() { ["certificateId"] = rina.ToString(), [$"RevokeReasons[{rina}]"] = tooLong }, page + "?handler=Revoke");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, $"RevokeReasons[{rina}]", "Alasan pencabutan wajib diisi, maksimal 500 karakter");
        Assert.Equal([$"RevokeReasons[{rina}]"], FieldErrors.Invalid(html));
        Assert.Equal(tooLong, FormValues.Of(html, $"RevokeReasons[{rina}]"));
        Assert.Equal("", FormValues.Of(html, $"RevokeReasons[{sari}]"));
        // The reason is written in Rina's row, beside her revoke form, not in Sari's.
        var document = new HtmlParser().ParseDocument(html);
        var field = document.QuerySelector($"input[name='RevokeReasons[{rina}]']")!;
        var message = document.GetElementById(field.GetAttribute("aria-describedby")!)!;
        Assert.Same(field.Closest("tr"), message.Closest("tr"));
        Assert.Equal(rina.ToString(), field.Closest("form")!.QuerySelector("input[name=certificateId]")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Certificate>().CountAsync(c => c.RevokedAt != null)));
    }
}
