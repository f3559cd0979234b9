using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Members;
using Siberindo.Programs;
using Siberindo.Tests.Certificates;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Association;

public sealed class ReportNarrativeTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_board_writes_its_own_sections_into_the_year_end_report_beside_its_trainings(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await TrainingFixture.OutletAsync(app, "Kabar Serang", "36.04", MembershipStatus.Member, "Rina Wulandari", "Bayu Pratama");
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        using var jabar = await Users.SignedInAsync(app, "jabar@smsi.example", Roles.ProvinceAdmin, province: "32");
        var year = DateTime.UtcNow.Year;
        var editor = $"/admin/laporan/36/{year}";

        // A training held this year with one attendee certified, so the report's trainings section has numbers.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var bimtek = await TrainingFixture.EventAsync(app, EventKind.Bimtek, "Bimtek Verifikasi Media Banten", today, today, "36");
        var page = $"/admin/pelatihan/{bimtek.Id}";
        foreach (var name in new[] { "Rina Wulandari", "Bayu Pratama" })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, page, new() { ["personId"] = (await TrainingFixture.PersonAsync(app, name)).ToString() }, page + "?handler=Register")).StatusCode);
        var rina = await app.WithDbAsync(db => db.Set<Siberindo.Certificates.TrainingRegistration>().Where(r => r.Name == "Rina Wulandari").Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, page, new() { ["registrationId"] = rina.ToString(), ["attended"] = "true" }, page + "?handler=Attended")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, page, new(), page + "?handler=Issue")).StatusCode);

        // Two sections, the second placed first; bad input is refused with its reason and nothing stored.
        Assert.Contains("Isi bagian wajib diisi", await (await Forms.PostAsync(banten, editor, new() { ["New.Title"] = "Kosong", ["New.Body"] = " ", ["New.Position"] = "1" }, editor + "?handler=Save")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, editor, new() { ["New.Title"] = "Capaian pengurus", ["New.Body"] = "Tahun ini pengurus membentuk tiga pengurus kabupaten baru.\nPelatihan cek fakta diikuti wartawan dari delapan kabupaten.", ["New.Position"] = "2" }, editor + "?handler=Save")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, editor, new() { ["New.Title"] = "Kata pengantar", ["New.Body"] = "Puji syukur atas kerja keras seluruh anggota di Banten.", ["New.Position"] = "1" }, editor + "?handler=Save")).StatusCode);
        var sections = await app.WithDbAsync(db => db.Set<Siberindo.Reports.ReportNarrative>().OrderBy(n => n.Position).ToListAsync());
        Assert.Equal(["Kata pengantar", "Capaian pengurus"], sections.Select(s => s.Title));
        var html = await banten.GetStringAsync(editor);
        Assert.Contains("Capaian pengurus", html);

        // Another province's admin can neither read nor write them.
        Assert.Equal(HttpStatusCode.NotFound, (await jabar.GetAsync(editor)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(jabar, $"/admin/laporan/32/{year}", new() { ["New.Title"] = "x", ["New.Body"] = "y", ["New.Position"] = "1" }, editor + "?handler=Save")).StatusCode);

        // Edited, then in the PDF in their order after the opening and before the figures; trainings counted.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, editor, new() { ["sectionId"] = sections[1].Id.ToString(), [$"Edits[{sections[1].Id}].Title"] = "Capaian pengurus 2026", [$"Edits[{sections[1].Id}].Body"] = sections[1].Body + "\nSemua program kerja selesai.", [$"Edits[{sections[1].Id}].Position"] = "2" }, editor + "?handler=Save")).StatusCode);
        var (_, text) = PdfText.Read(await banten.GetByteArrayAsync($"/admin/laporan/36/{year}.pdf"));
        var foreword = text.IndexOf(PdfText.Compact("Kata pengantar"), StringComparison.Ordinal);
        var highlights = text.IndexOf(PdfText.Compact("Capaian pengurus 2026"), StringComparison.Ordinal);
        var summary = text.IndexOf("Ringkasan", StringComparison.Ordinal);
        Assert.True(foreword > 0 && foreword < highlights && highlights < summary, $"{foreword} {highlights} {summary}");
        Assert.Contains(PdfText.Compact("Semua program kerja selesai."), text);
        Assert.Contains(PdfText.Compact($"Pada {year} pengurus di provinsi ini mengadakan 1 pelatihan (bimtek, pelatihan cek fakta, seminar) dengan 1 peserta hadir dan 1 sertifikat sah."), text);
        Assert.Contains(PdfText.Compact("Bimtek Verifikasi Media Banten"), text);

        // Removed: gone from the PDF; each change audited in the province.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, editor, new() { ["sectionId"] = sections[0].Id.ToString() }, editor + "?handler=Delete")).StatusCode);
        var (_, after) = PdfText.Read(await banten.GetByteArrayAsync($"/admin/laporan/36/{year}.pdf"));
        Assert.DoesNotContain(PdfText.Compact("Puji syukur"), after);
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "ReportNarrative").Select(e => new { e.Action, e.ProvinceCode }).ToListAsync());
        Assert.Equal(["create", "create", "delete", "update"], audited.Select(a => a.Action).Order());
        Assert.All(audited, a => Assert.Equal("36", a.ProvinceCode));
    }
}
