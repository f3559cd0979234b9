using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Stories;
using Siberindo.Partners;
using Siberindo.Portal;
using Siberindo.Regions;
using Siberindo.Reports;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Releases;

public sealed record CoverageRow(long ArticleId, string Title, string Url, int OutletId, string OutletName, string? ProvinceCode, string Region,
    DateTime Published, TimeSpan SinceRelease, PickupKind Kind, long Readers, bool Delivered);

public sealed record RegionPickup(string Code, string Name, int Delivered, int Published)
{
    public double? Rate => Delivered == 0 ? null : (double)Published / Delivered;
}

/// <summary>
/// What became of one release, as outcomes and not outputs (AMEC Barcelona Principles; no advertising-value figure):
/// the outlets that ran it (a copy) or reported on it, when, with links, how long after the release, the pickup rate
/// (outlets that published it / outlets it was delivered to) per province, and the readers Siberindo sent to those
/// articles through its counted links.
/// </summary>
public sealed record CoverageReport(Release Release, string PartnerName, int Delivered, int Opened, int Downloads, IReadOnlyList<CoverageRow> Rows,
    IReadOnlyList<RegionPickup> ByRegion)
{
    /// <summary>Outlets it was delivered to that published it (a copy or a report).</summary>
    public int PublishedDelivered => ByRegion.Sum(r => r.Published);
    public double? PickupRate => Delivered == 0 ? null : (double)PublishedDelivered / Delivered;
    public int Outlets => Rows.Select(r => r.OutletId).Distinct().Count();
    public int Copies => Rows.Count(r => r.Kind == PickupKind.Copy);
    public int Reports => Rows.Count(r => r.Kind == PickupKind.Report);
    public long Readers => Rows.Sum(r => r.Readers);
    public TimeSpan? MedianDelay => Rows.Count == 0 ? null : Rows.Select(r => r.SinceRelease).Order().ElementAt(Rows.Count / 2);
}

public sealed class CoverageService(SiberindoDb db, ReleaseService releases, RegionCatalog regions)
{
    public async Task<CoverageReport?> ReportAsync(long id, CancellationToken ct)
    {
        var release = await releases.Owned().AsNoTracking().Include(r => r.Targets).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (release is null) return null;
        var partner = await db.Set<Partner>().AsNoTracking().Where(p => p.Id == release.PartnerId).Select(p => p.Name).SingleAsync(ct);
        var deliveries = await db.Set<ReleaseDelivery>().AsNoTracking().Where(d => d.ReleaseId == id)
            .Join(db.Outlets, d => d.OutletId, o => o.Id, (d, o) => new { d.OutletId, o.ProvinceCode, d.Opens, d.Downloads }).ToListAsync(ct);
        var delivered = deliveries.Select(d => d.OutletId).ToHashSet();
        var embargo = release.EmbargoUntil ?? release.CreatedAt;
        var picked = await db.Set<ReleasePickup>().AsNoTracking().Where(p => p.ReleaseId == id)
            .Join(db.Articles, p => p.ArticleId, a => a.Id, (p, a) => new { p.Kind, a.Id, a.Title, a.Url, a.Published, a.Clicks, a.OutletId })
            .Join(db.Outlets, x => x.OutletId, o => o.Id, (x, o) => new { x.Kind, x.Id, x.Title, x.Url, x.Published, x.Clicks, x.OutletId, o.Name, o.ProvinceCode, o.RegencyCode })
            .ToListAsync(ct);
        var rows = picked.OrderBy(p => p.Published).Select(p => new CoverageRow(p.Id, p.Title, p.Url, p.OutletId, p.Name, p.ProvinceCode,
                p.RegencyCode is { } r ? regions.Regency(r)?.Name ?? r : "—", p.Published, p.Published - embargo, p.Kind, p.Clicks, delivered.Contains(p.OutletId)))
            .ToList();
        var publishedOutlets = rows.Where(r => r.Delivered).Select(r => r.OutletId).ToHashSet();
        var byRegion = deliveries.GroupBy(d => d.ProvinceCode ?? "")
            .Select(g => new RegionPickup(g.Key, regions.Province(g.Key)?.Name ?? "—", g.Count(), g.Count(d => publishedOutlets.Contains(d.OutletId))))
            .OrderBy(r => r.Code).ToList();
        return new CoverageReport(release, partner, deliveries.Count, deliveries.Count(d => d.Opens > 0), deliveries.Sum(d => d.Downloads), rows, byRegion);
    }

    /// <summary>One row per pickup; titles come from members' feeds, so <see cref="CsvFiles.Write"/> escapes formulas.</summary>
    public static byte[] Csv(CoverageReport report, string baseUrl) => CsvFiles.Write(csv =>
    {
        csv.WriteRow(["outlet", "province", "regency", "title", "url", "counted_link", "published", "minutes_after_release", "kind", "readers_sent", "delivered"]);
        foreach (var r in report.Rows)
        {
            csv.WriteField(r.OutletName);
            csv.WriteField(r.ProvinceCode);
            csv.WriteField(r.Region);
            csv.WriteField(r.Title);
            csv.WriteField(r.Url);
            csv.WriteField($"{baseUrl}/baca/{r.ArticleId}");
            csv.WriteField(PortalFormat.Iso(r.Published));
            csv.WriteField(Math.Round(r.SinceRelease.TotalMinutes).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.Kind == PickupKind.Copy ? "copy" : "report");
            csv.WriteField(r.Readers);
            csv.WriteField(r.Delivered ? "yes" : "no");
            csv.NextRecord();
        }
    });

    public static byte[] Pdf(CoverageReport report)
    {
        var id = PortalFormat.Indonesian;
        using var buffer = new MemoryStream();
        using (var pdf = new PdfCanvas(buffer, $"Laporan liputan: {report.Release.Headline}", $"Laporan liputan rilis · {report.PartnerName} · Siberindo"))
        {
            pdf.Heading("Laporan liputan rilis", 20);
            pdf.Heading(report.Release.Headline, 13);
            pdf.Paragraph($"{report.PartnerName} · terbit {(report.Release.EmbargoUntil is { } e ? PortalFormat.Time(e) : "—")}. " +
                          "Dihitung dari artikel media anggota yang dihimpun Siberindo: salinan rilis (dimuat ulang, utuh, disunting atau hanya teras) dan " +
                          "berita tentang rilis. Tanpa nilai setara iklan (AVE), sesuai Prinsip Barcelona AMEC.");
            pdf.Figures(
            [
                ("Media penerima", report.Delivered.ToString("N0", id)),
                ("Media penerima yang memuat", report.PublishedDelivered.ToString("N0", id)),
                ("Tingkat pemuatan", report.PickupRate is { } rate ? rate.ToString("P0", id) : "—"),
                ("Artikel memuat / memberitakan", $"{report.Copies.ToString("N0", id)} / {report.Reports.ToString("N0", id)}"),
                ("Waktu tengah sampai terbit", report.MedianDelay is { } m ? Minutes(m) : "—"),
                ("Pembaca dikirim Siberindo", report.Readers.ToString("N0", id)),
            ]);
            pdf.Heading("Pemuatan per provinsi", 13);
            pdf.Table(["Provinsi", "Penerima", "Memuat", "Tingkat"], report.ByRegion.Select(r => new[]
                { r.Name, r.Delivered.ToString("N0", id), r.Published.ToString("N0", id), r.Rate is { } x ? x.ToString("P0", id) : "—" }), [0.46f, 0.18f, 0.18f, 0.18f]);
            pdf.Heading("Media yang memuat", 13);
            if (report.Rows.Count == 0) pdf.Paragraph("Belum ada media yang memuat rilis ini.");
            else pdf.Table(["Media", "Judul", "Terbit", "Setelah rilis", "Jenis", "Pembaca"], report.Rows.Select(r => new[]
                { r.OutletName, r.Title, PortalFormat.Time(r.Published), Minutes(r.SinceRelease), r.Kind == PickupKind.Copy ? "memuat" : "memberitakan", r.Readers.ToString("N0", id) }),
                [0.18f, 0.36f, 0.16f, 0.1f, 0.12f, 0.08f]);
        }
        return buffer.ToArray();
    }

    public static string Minutes(TimeSpan t) => t < TimeSpan.Zero ? $"{(-t).TotalMinutes:0} mnt sebelum"
        : t.TotalHours >= 2 ? $"{t.TotalHours:0.#} jam" : $"{t.TotalMinutes:0} mnt";
}
