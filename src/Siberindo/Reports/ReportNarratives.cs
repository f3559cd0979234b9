using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Reports;

/// <summary>A province board's own sections of its year-end report: written, edited, reordered and removed, audited.</summary>
public sealed class ReportNarratives(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, TimeProvider clock)
{
    public const int MaxSections = 20;

    public Task<List<ReportNarrative>> ListAsync(string provinceCode, int year, CancellationToken ct) =>
        db.Set<ReportNarrative>().AsNoTracking().Where(n => n.ProvinceCode == provinceCode && n.Year == year)
            .OrderBy(n => n.Position).ThenBy(n => n.Id).ToListAsync(ct);

    /// <summary>
    /// Adds a section (id null) or changes one; the province must be the user's (or any, for admin pusat). A refusal
    /// names the field it is about ("Title", "Body", "Position"), or none when it is about the report.
    /// </summary>
    public async Task<List<FormError>> SaveAsync(string provinceCode, int year, int? id, string? title, string? body, int position, CancellationToken ct = default)
    {
        scope.Demand(scope.CoversProvince(provinceCode) && regions.Province(provinceCode) is not null);
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > ReportNarrative.TitleLength) errors.Add(new($"Judul bagian wajib diisi, maksimal {ReportNarrative.TitleLength} karakter (title is missing).", "Title"));
        if (string.IsNullOrWhiteSpace(body) || body.Trim().Length > ReportNarrative.BodyLength) errors.Add(new($"Isi bagian wajib diisi, maksimal {ReportNarrative.BodyLength:N0} karakter (text is missing).", "Body"));
        if (position is < 1 or > 99) errors.Add(new("Urutan antara 1 dan 99 (position out of range).", "Position"));
        if (errors.Count > 0) return errors;
        var (cleanTitle, cleanBody) = (title!.Trim(), Normalize(body!));
        var now = clock.GetUtcNow().UtcDateTime;
        if (id is null)
        {
            if (await db.Set<ReportNarrative>().CountAsync(n => n.ProvinceCode == provinceCode && n.Year == year, ct) >= MaxSections)
                return [new($"Paling banyak {MaxSections} bagian per laporan (at most {MaxSections} sections).")];
            db.Add(new ReportNarrative { ProvinceCode = provinceCode, Year = year, Position = position, Title = cleanTitle, Body = cleanBody, UpdatedAt = now, UpdatedBy = scope.UserName });
            audit.Record("create", "ReportNarrative", $"{provinceCode}/{year}", $"Laporan {year}", provinceCode, null, $"Bagian: {cleanTitle}");
        }
        else
        {
            var n = await db.Set<ReportNarrative>().SingleOrDefaultAsync(x => x.Id == id && x.ProvinceCode == provinceCode && x.Year == year, ct);
            if (n is null) return [new("Bagian tidak ditemukan (section not found).")];
            var diff = new AuditDiff().Field("judul", n.Title, cleanTitle).Field("urutan", n.Position, position).Field("isi", Length(n.Body), Length(cleanBody));
            audit.Record("update", "ReportNarrative", $"{provinceCode}/{year}", $"Laporan {year}", provinceCode, null, $"{n.Title}: {diff}");
            (n.Title, n.Body, n.Position, n.UpdatedAt, n.UpdatedBy) = (cleanTitle, cleanBody, position, now, scope.UserName);
        }
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<FormError>> DeleteAsync(string provinceCode, int year, int id, CancellationToken ct = default)
    {
        scope.Demand(scope.CoversProvince(provinceCode));
        var n = await db.Set<ReportNarrative>().SingleOrDefaultAsync(x => x.Id == id && x.ProvinceCode == provinceCode && x.Year == year, ct);
        if (n is null) return [new("Bagian tidak ditemukan (section not found).")];
        db.Remove(n);
        audit.Record("delete", "ReportNarrative", $"{provinceCode}/{year}", $"Laporan {year}", provinceCode, null, $"Bagian dihapus: {n.Title}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    // Line ends as one kind; the PDF writer breaks paragraphs on '\n'.
    private static string Normalize(string body) => body.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
    private static string Length(string body) => $"{body.Length} karakter";
}
