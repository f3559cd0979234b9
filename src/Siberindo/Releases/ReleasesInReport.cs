using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Portal;
using Siberindo.Reports;
using Siberindo.Storage;

namespace Siberindo.Releases;

/// <summary>
/// The year-end report's figures on releases of the province's partners (as media centres rank offices: releases
/// sent against releases published): per partner, releases that came out that year, outlets reached and outlets
/// that published them.
/// </summary>
public sealed class ReleasesInReport(SiberindoDb db) : IAnnualReportSection
{
    public async Task<Action<PdfCanvas>?> ComposeAsync(string provinceCode, int year, CancellationToken ct)
    {
        var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var releases = db.Set<Release>().Out(to).Where(r => r.EmbargoUntil >= from);
        var rows = await db.Set<Partner>().AsNoTracking().Where(p => p.ProvinceCode == provinceCode)
            .Select(p => new
            {
                p.Name,
                Sent = releases.Count(r => r.PartnerId == p.Id),
                Published = releases.Count(r => r.PartnerId == p.Id && db.Set<ReleasePickup>().Any(k => k.ReleaseId == r.Id)),
                Reached = db.Set<ReleaseDelivery>().Where(d => releases.Any(r => r.Id == d.ReleaseId && r.PartnerId == p.Id)).Select(d => d.OutletId).Distinct().Count(),
            }).Where(x => x.Sent > 0).OrderByDescending(x => x.Sent).ToListAsync(ct);
        if (rows.Count == 0) return null;
        var id = PortalFormat.Indonesian;
        return pdf =>
        {
            pdf.Heading("Rilis mitra pemerintah", 13);
            pdf.Paragraph($"{rows.Sum(r => r.Sent).ToString("N0", id)} rilis mitra di provinsi ini terbit lewat Siberindo pada {year}; " +
                          $"{rows.Sum(r => r.Published).ToString("N0", id)} di antaranya dimuat atau diberitakan media anggota.");
            pdf.Table(["Mitra", "Rilis terbit", "Dimuat media", "Media penerima"], rows.Select(r => new[]
                { r.Name, r.Sent.ToString("N0", id), r.Published.ToString("N0", id), r.Reached.ToString("N0", id) }), [0.46f, 0.18f, 0.18f, 0.18f]);
        };
    }
}
