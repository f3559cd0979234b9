using Microsoft.EntityFrameworkCore;
using Siberindo.Core;
using Siberindo.Storage;

namespace Siberindo.Regions;

/// <summary>Copies the region catalog into the database (outlets reference regencies by foreign key).</summary>
public static class RegionSeeder
{
    public static async Task SeedAsync(SiberindoDb db, RegionCatalog catalog, CancellationToken ct = default)
    {
        var known = await db.Regencies.Select(r => r.Code).ToHashSetAsync(ct);
        if (known.Count == catalog.Regencies.Count) return;
        var knownProvinces = await db.Provinces.Select(p => p.Code).ToHashSetAsync(ct);
        foreach (var p in catalog.Provinces.Where(p => !knownProvinces.Contains(p.Code)))
            db.Provinces.Add(new Province { Code = p.Code, Name = p.Name, Slug = p.Slug });
        foreach (var r in catalog.Regencies.Where(r => !known.Contains(r.Code)))
            db.Regencies.Add(new Regency { Code = r.Code, ProvinceCode = r.ProvinceCode, Name = r.Name });
        await db.SaveChangesAsync(ct);
    }
}
