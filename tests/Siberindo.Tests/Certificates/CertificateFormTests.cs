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
}
