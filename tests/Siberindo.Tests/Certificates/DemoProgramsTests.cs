using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Certificates;
using Siberindo.Demo;
using Siberindo.Legal;
using Siberindo.Reports;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Certificates;

/// <summary>The demo's trainings, certificates, legal cases and report section: every new page shows something true.</summary>
public sealed class DemoProgramsTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_shows_certificates_valid_and_revoked_legal_cases_and_a_boards_own_section(string provider)
    {
        var (app, network) = await DemoAssociation.StartAsync(provider);
        await using var _ = app;
        await using var __ = network;
        Assert.False(await DemoProgramsSeeder.SeedAsync(app.Services, TimeProvider.System));
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        using var anonymous = app.Client();

        var certificates = await app.WithDbAsync(db => db.Set<Certificate>().ToListAsync());
        Assert.True(certificates.Count >= 10, $"{certificates.Count} certificates");
        var revoked = Assert.Single(certificates, c => c.IsRevoked);
        Assert.Contains("<strong>dicabut</strong>", await anonymous.GetStringAsync($"/sertifikat/{revoked.Code}"));
        var valid = certificates.First(c => !c.IsRevoked);
        var page = await anonymous.GetStringAsync($"/sertifikat/{valid.Code}");
        Assert.Contains("Sertifikat <strong>sah</strong>", page);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(valid.HolderName), page);
        // Certificates of the national training and of a provincial bimtek.
        Assert.Contains(certificates, c => c.ProvinceCode is null);
        Assert.Contains(certificates, c => c.ProvinceCode is not null);

        var training = await app.WithDbAsync(db => db.Set<Siberindo.Programs.AssociationEvent>().Where(e => e.Title == DemoProgramsSeeder.TrainingTitle).Select(e => e.Id).SingleAsync());
        var legalCase = await app.WithDbAsync(db => db.Set<LegalCase>().OrderBy(c => c.Id).FirstAsync());
        var section = await app.WithDbAsync(db => db.Set<ReportNarrative>().SingleAsync());
        foreach (var (path, expect) in new[]
                 {
                     ("/admin/pelatihan", DemoProgramsSeeder.TrainingTitle), ($"/admin/pelatihan/{training}", revoked.Code), ("/admin/hukum", "Permintaan hak jawab"),
                     ($"/admin/hukum/{legalCase.Id}", "Surat pengurus kepada kepolisian"), ($"/admin/laporan/{section.ProvinceCode}/{section.Year}", "Kata pengantar (data demo)"),
                     ("/statistik", "Pendampingan hukum"),
                 })
        {
            var response = await pusat.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains(System.Net.WebUtility.HtmlEncode(expect), await response.Content.ReadAsStringAsync());
        }
        // The case's document is a real PDF that passed the upload checks.
        var document = await app.WithDbAsync(db => db.Set<LegalDocument>().Select(d => new { d.Id, d.CaseId }).SingleAsync());
        PdfText.Read(await pusat.GetByteArrayAsync($"/admin/hukum/{document.CaseId}/dokumen/{document.Id}"));
        var (_, report) = PdfText.Read(await pusat.GetByteArrayAsync($"/admin/laporan/{section.ProvinceCode}/{section.Year}.pdf"));
        Assert.Contains(PdfText.Compact("Kata pengantar (data demo)"), report);
        Assert.Contains(PdfText.Compact("Pendampingan hukum"), report);
    }
}
