using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Regions;
using Siberindo.Outlets;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Search;

/// <summary>Search filters as a reader or a client writes them; <see cref="ResolveAsync"/> checks and resolves them.</summary>
public sealed record SearchFilterInput(
    string? Province = null, string? Regency = null, string? Outlet = null, string? From = null, string? To = null, string? Verification = null)
{
    /// <summary>Accepted verification values, Indonesian or English; "terverifikasi"/"verified" means either level.</summary>
    public static readonly IReadOnlyDictionary<string, VerificationStatus[]> VerificationValues =
        new Dictionary<string, VerificationStatus[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["faktual"] = [VerificationStatus.Factual],
            ["factual"] = [VerificationStatus.Factual],
            ["administratif"] = [VerificationStatus.Administrative],
            ["administrative"] = [VerificationStatus.Administrative],
            ["terverifikasi"] = [VerificationStatus.Administrative, VerificationStatus.Factual],
            ["verified"] = [VerificationStatus.Administrative, VerificationStatus.Factual],
            ["belum"] = [VerificationStatus.None],
            ["none"] = [VerificationStatus.None],
        };

    /// <summary>The filters, or the problems (one per bad field, in plain words) when any field is wrong.</summary>
    public async Task<(SearchFilters Filters, List<string> Errors)> ResolveAsync(RegionCatalog regions, SiberindoDb db, CancellationToken ct)
    {
        var errors = new List<string>();
        string? provinceCode = null, regencyCode = null;
        int? outletId = null;
        if (Blank(Province) is { } province)
        {
            if (regions.ProvinceByCodeOrSlug(province) is { } p) provinceCode = p.Code;
            else errors.Add($"Provinsi '{province}' tidak dikenal (unknown province): pakai kode (36) atau slug (banten).");
        }
        if (Blank(Regency) is { } regency)
        {
            if (regions.Regency(regency) is { } r) regencyCode = r.Code;
            else errors.Add($"Kabupaten/kota '{regency}' tidak dikenal (unknown regency): pakai kode Kemendagri, mis. 36.04.");
        }
        if (Blank(Outlet) is { } outlet)
        {
            var key = outlet.ToLowerInvariant();
            outletId = await db.Outlets.AsNoTracking().Where(o => o.Slug == key || o.Domain == key).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (outletId is null) errors.Add($"Media '{outlet}' tidak ditemukan (unknown outlet): pakai slug atau domain.");
        }
        var from = Day(From, "dari", errors);
        var to = Day(To, "sampai", errors)?.AddDays(1); // inclusive day
        if (from is not null && to is not null && from >= to) errors.Add("Tanggal 'dari' harus sebelum 'sampai' (from must not be after to).");
        VerificationStatus[]? levels = null;
        if (Blank(Verification) is { } verification)
        {
            levels = verification.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(v => VerificationValues.TryGetValue(v, out var l) ? l : AddError(errors, v)).Distinct().ToArray();
        }
        return (new SearchFilters(provinceCode, regencyCode, outletId, from, to, levels), errors);
    }

    private static VerificationStatus[] AddError(List<string> errors, string value)
    {
        errors.Add($"Status verifikasi '{value}' tidak dikenal (unknown verification): pakai faktual, administratif, terverifikasi atau belum.");
        return [];
    }

    // Calendar days are Jakarta's (WIB), like every date the portal shows.
    private static DateTime? Day(string? value, string field, List<string> errors)
    {
        if (Blank(value) is not { } text) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add($"Tanggal '{field}' harus berbentuk TTTT-BB-HH, mis. 2025-04-18 (date must be yyyy-MM-dd).");
            return null;
        }
        // Far enough from DateTime's ends that the shift to UTC and the inclusive day after stay representable.
        if (day < EarliestDay || day > LatestDay)
        {
            errors.Add($"Tanggal '{field}' harus antara {EarliestDay:yyyy-MM-dd} dan {LatestDay:yyyy-MM-dd} (date out of range).");
            return null;
        }
        return DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - IndonesianTime.Wib, DateTimeKind.Utc);
    }

    public static readonly DateOnly EarliestDay = new(1900, 1, 1);
    public static readonly DateOnly LatestDay = new(9999, 1, 1);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
