using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Siberindo.Portal;
using Siberindo.Programs;
using Siberindo.Reports;
using Siberindo.Storage;

namespace Siberindo.Certificates;

/// <summary>The year-end report's section on trainings: what the province's boards held, who came, who was certified.</summary>
public sealed class TrainingsInReport(SiberindoDb db, TimeProvider clock) : IAnnualReportSection
{
    private static readonly CultureInfo Id = PortalFormat.Indonesian;

    public async Task<Action<PdfCanvas>?> ComposeAsync(string provinceCode, int year, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var n = await TrainingCounts.CountAsync(db, year, today, provinceCode, ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.Set<AssociationEvent>().AsNoTracking()
            .Where(e => e.ProvinceCode == provinceCode && ProgramLabels.TrainingKinds.Contains(e.Kind) && e.StartsOn >= from && e.StartsOn <= to && e.StartsOn <= today)
            .OrderBy(e => e.StartsOn)
            .Select(e => new
            {
                e.Title, e.Kind, e.StartsOn,
                Attended = db.Set<TrainingRegistration>().Count(r => r.EventId == e.Id && r.Attended == true),
                Certified = db.Set<Certificate>().Count(c => c.EventId == e.Id && c.RevokedAt == null),
            }).ToListAsync(ct);
        return pdf =>
        {
            pdf.Heading("Pelatihan dan sertifikat", 13);
            pdf.Figures(
            [
                ("Pelatihan diadakan", N(n.Held)), ("Peserta hadir", N(n.Attended)), ("Sertifikat sah", N(n.Certified)),
                ("Orang bersertifikat", N(n.PeopleCertified)), ("Sertifikat dicabut", N(n.Revoked)), ("Peserta terdaftar", N(n.Registered)),
            ]);
            pdf.Paragraph($"Pada {year} pengurus di provinsi ini mengadakan {N(n.Held)} pelatihan (bimtek, pelatihan cek fakta, seminar) dengan {N(n.Attended)} peserta hadir " +
                          $"dan {N(n.Certified)} sertifikat sah. {N(n.PeopleCertified)} wartawan dan pengurus media anggota di provinsi ini memegang sertifikat pelatihan tahun ini, " +
                          "termasuk pelatihan nasional. Setiap sertifikat dapat diperiksa keasliannya di /sertifikat dengan kodenya.");
            if (rows.Count > 0)
                pdf.Table(["Pelatihan", "Jenis", "Tanggal", "Hadir", "Bersertifikat"],
                    rows.Select(r => new[] { r.Title, ProgramLabels.Of(r.Kind), r.StartsOn.ToString("d MMM yyyy", Id), N(r.Attended), N(r.Certified) }),
                    [0.4f, 0.2f, 0.16f, 0.1f, 0.14f]);
        };
    }

    private static string N(int value) => value.ToString("N0", Id);
}
