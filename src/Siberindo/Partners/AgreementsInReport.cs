using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Siberindo.Boards;
using Siberindo.Portal;
using Siberindo.Regions;
using Siberindo.Reports;
using Siberindo.Storage;

namespace Siberindo.Partners;

/// <summary>
/// The year-end report's section on cooperation with government partners (a standard item of a board's report):
/// every agreement of the province's boards in force at some time during the year, with its partner and term.
/// </summary>
public sealed class AgreementsInReport(SiberindoDb db, RegionCatalog regions) : IAnnualReportSection
{
    private static readonly CultureInfo Id = PortalFormat.Indonesian;

    public async Task<Action<PdfCanvas>?> ComposeAsync(string provinceCode, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.Set<Agreement>().AsNoTracking()
            .Where(a => a.ProvinceCode == provinceCode && (a.Status == AgreementStatus.Active || a.Status == AgreementStatus.Ended) && a.StartsOn <= to && a.EndsOn >= from)
            .Join(db.Set<Partner>(), a => a.PartnerId, p => p.Id, (a, p) => new { a.Title, a.Number, a.StartsOn, a.EndsOn, a.RegencyCode, Partner = p.Name, a.BoardId })
            .Join(db.Set<Board>(), x => x.BoardId, b => b.Id, (x, b) => new { x.Title, x.Number, x.StartsOn, x.EndsOn, x.Partner, b.Level, b.RegencyCode })
            .OrderBy(x => x.StartsOn).ToListAsync(ct);
        var signed = rows.Count(r => r.StartsOn >= from);
        return pdf =>
        {
            pdf.Heading("Kerja sama dengan mitra pemerintah", 13);
            pdf.Paragraph(rows.Count == 0
                ? $"Tidak ada kerja sama dengan mitra pemerintah yang berlaku pada {year}."
                : $"{rows.Count.ToString("N0", Id)} kerja sama berlaku pada {year}, {signed.ToString("N0", Id)} di antaranya dimulai tahun ini.");
            if (rows.Count > 0)
                pdf.Table(["Mitra", "Kerja sama", "Pengurus", "Berlaku"], rows.Select(r => new[]
                {
                    r.Partner, r.Number is null ? r.Title : $"{r.Title} (No. {r.Number})",
                    r.Level == BoardLevel.Regency ? regions.Regency(r.RegencyCode!)?.Name ?? r.RegencyCode! : "Pengurus provinsi",
                    $"{r.StartsOn.ToString("d MMM yyyy", Id)} – {r.EndsOn.ToString("d MMM yyyy", Id)}",
                }), [0.28f, 0.34f, 0.18f, 0.2f]);
        };
    }
}
