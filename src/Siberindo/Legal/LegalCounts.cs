using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Legal;

/// <summary>
/// A year's legal-assistance cases as counts only, nationally or for one province: the one way cases leave the
/// feature for the statistics and the year-end report. No title, party or outlet is ever read here.
/// </summary>
public sealed record LegalCounts(int Opened, int Closed, int OpenAtEnd, IReadOnlyList<(LegalCaseKind Kind, int Opened)> ByKind)
{
    public int Handled => Opened + CarriedOver;
    /// <summary>Cases opened before the year and still open when it began.</summary>
    public int CarriedOver { get; init; }

    public static async Task<LegalCounts> CountAsync(SiberindoDb db, int year, DateOnly asOf, string? provinceCode, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var end = to < asOf ? to : asOf;
        var cases = db.Set<LegalCase>().AsNoTracking();
        if (provinceCode is not null) cases = cases.Where(c => c.ProvinceCode == provinceCode);
        var opened = cases.Where(c => c.OpenedOn >= from && c.OpenedOn <= end);
        var byKind = await opened.GroupBy(c => c.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new LegalCounts(
            await opened.CountAsync(ct),
            await cases.CountAsync(c => c.ClosedOn >= from && c.ClosedOn <= end, ct),
            await cases.CountAsync(c => c.OpenedOn <= end && (c.ClosedOn == null || c.ClosedOn > end), ct),
            Enum.GetValues<LegalCaseKind>().Select(k => (k, byKind.FirstOrDefault(x => x.Key == k)?.Count ?? 0)).ToList())
        {
            CarriedOver = await cases.CountAsync(c => c.OpenedOn < from && (c.ClosedOn == null || c.ClosedOn >= from), ct),
        };
    }
}
