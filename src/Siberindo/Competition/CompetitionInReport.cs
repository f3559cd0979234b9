using Microsoft.EntityFrameworkCore;
using Siberindo.Anthology;
using Siberindo.Portal;
using Siberindo.Reports;
using Siberindo.Storage;

namespace Siberindo.Competition;

/// <summary>
/// The year-end report's section on the writing competition: rounds whose results came out that year, national or
/// the province's own, with the province's entrants, winners and the book's downloads.
/// </summary>
public sealed class CompetitionInReport(SiberindoDb db) : IAnnualReportSection
{
    public async Task<Action<PdfCanvas>?> ComposeAsync(string provinceCode, int year, CancellationToken ct)
    {
        var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var rows = await db.Set<CompetitionRound>().AsNoTracking()
            .Where(r => r.ResultsPublishedAt >= from && r.ResultsPublishedAt < to && (r.ProvinceCode == null || r.ProvinceCode == provinceCode))
            .Select(r => new
            {
                r.Title, r.Winners,
                Entries = db.Set<CompetitionEntry>().Count(e => e.RoundId == r.Id && e.ProvinceCode == provinceCode),
                Won = db.Set<CompetitionEntry>().Count(e => e.RoundId == r.Id && e.ProvinceCode == provinceCode && e.Rank != null && e.Rank <= r.Winners),
                InBook = db.Set<CompetitionEntry>().Count(e => e.RoundId == r.Id && e.ProvinceCode == provinceCode && e.InAnthology),
                Downloads = db.Set<AnthologyBook>().Where(b => b.RoundId == r.Id).Select(b => (long?)(b.EpubDownloads + b.PdfDownloads)).FirstOrDefault(),
            }).ToListAsync(ct);
        if (rows.Count == 0) return null;
        return pdf =>
        {
            pdf.Heading("Lomba menulis dan buku antologi", 13);
            pdf.Paragraph($"{rows.Count} lomba menulis diumumkan hasilnya pada {year}. Wartawan media anggota di provinsi ini mengirim " +
                          $"{PortalFormat.Number(rows.Sum(r => r.Entries))} naskah; {PortalFormat.Number(rows.Sum(r => r.InBook))} dimuat dalam buku antologi yang dibagikan gratis.");
            pdf.Table(["Lomba", "Naskah provinsi", "Pemenang provinsi", "Dibukukan", "Unduhan buku"], rows.Select(r => new[]
                { r.Title, PortalFormat.Number(r.Entries), PortalFormat.Number(r.Won), PortalFormat.Number(r.InBook), r.Downloads is { } d ? PortalFormat.Number(d) : "—" }),
                [0.4f, 0.15f, 0.15f, 0.15f, 0.15f]);
        };
    }
}
