using System.Collections.Frozen;
using Siberindo.Core;

namespace Siberindo.Regions;

/// <summary>
/// The Kemendagri list of provinces and regencies/cities, read once from the CSV files of the npm package
/// idn-area-data (Regions/Data, ODbL). Reference data changes by regulation, not by users, so it lives in memory.
/// </summary>
public sealed class RegionCatalog
{
    public IReadOnlyList<ProvinceInfo> Provinces { get; }
    public IReadOnlyList<RegencyInfo> Regencies { get; }
    private readonly FrozenDictionary<string, ProvinceInfo> _provinceByCode;
    private readonly FrozenDictionary<string, ProvinceInfo> _provinceBySlug;
    private readonly FrozenDictionary<string, RegencyInfo> _regencyByCode;
    private readonly FrozenDictionary<string, RegencyInfo> _regencyBySlug;
    private readonly ILookup<string, RegencyInfo> _regenciesByName;

    public RegionCatalog(IEnumerable<ProvinceInfo> provinces, IEnumerable<RegencyInfo> regencies)
    {
        Provinces = provinces.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        Regencies = regencies.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        _provinceByCode = Provinces.ToFrozenDictionary(p => p.Code);
        _provinceBySlug = Provinces.ToFrozenDictionary(p => p.Slug);
        _regencyByCode = Regencies.ToFrozenDictionary(r => r.Code);
        _regencyBySlug = Regencies.ToFrozenDictionary(r => r.Slug);
        _regenciesByName = Regencies
            .SelectMany(r => NameKeys(r.Name).Select(k => (k, r)))
            .ToLookup(x => x.k, x => x.r);
    }

    public static RegionCatalog LoadFrom(string folder)
    {
        var provinces = ReadCsv(Path.Combine(folder, "provinces.csv"))
            .Select(c => new ProvinceInfo(c[0], c[1], Slug.From(c[1])));
        var regencies = ReadCsv(Path.Combine(folder, "regencies.csv"))
            .Select(c => new RegencyInfo(c[0], c[1], c[2]));
        return new RegionCatalog(provinces, regencies);
    }

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Regions", "Data");

    public ProvinceInfo? Province(string code) => _provinceByCode.GetValueOrDefault(code);

    /// <summary>A province by its code ("32") or its slug ("jawa-barat").</summary>
    public ProvinceInfo? ProvinceByCodeOrSlug(string key) =>
        _provinceByCode.GetValueOrDefault(key) ?? _provinceBySlug.GetValueOrDefault(key.ToLowerInvariant());

    public RegencyInfo? Regency(string code) => _regencyByCode.GetValueOrDefault(code);

    /// <summary>A regency or city by its code ("36.04") or its slug ("kabupaten-serang").</summary>
    public RegencyInfo? RegencyByCodeOrSlug(string key) =>
        _regencyByCode.GetValueOrDefault(key) ?? _regencyBySlug.GetValueOrDefault(key.ToLowerInvariant());

    /// <summary>A province's regencies and cities in Kemendagri order (kabupaten 01-69, then kota 71-99).</summary>
    public IEnumerable<RegencyInfo> RegenciesOf(string provinceCode) => Regencies.Where(r => r.ProvinceCode == provinceCode);

    /// <summary>
    /// Regencies matching a name as people write it: "Kota Bogor", "Kab. Bogor", "Kabupaten Bogor" or just "Bogor"
    /// (which matches both the kabupaten and the kota).
    /// </summary>
    public IReadOnlyList<RegencyInfo> FindRegencies(string name)
    {
        var key = NameKey(name);
        return _regenciesByName[key].Distinct().ToArray();
    }

    private static IEnumerable<string> NameKeys(string name)
    {
        yield return NameKey(name);
        var bare = StripKind(name);
        if (bare != name) yield return NameKey(bare);
    }

    private static string NameKey(string name)
    {
        var trimmed = name.Trim();
        foreach (var (abbr, full) in new[] { ("Kab.", "Kabupaten"), ("Kab ", "Kabupaten ") })
            if (trimmed.StartsWith(abbr, StringComparison.OrdinalIgnoreCase))
                trimmed = full + trimmed[abbr.Length..];
        return Slug.From(trimmed);
    }

    private static string StripKind(string name)
    {
        foreach (var prefix in new[] { "Kabupaten ", "Kota " })
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return name[prefix.Length..];
        return name;
    }

    private static IEnumerable<string[]> ReadCsv(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Region data is missing: {path}. It ships with the application (Regions/Data).", path);
        // The package's CSV has no quoted fields: code,name / code,province_code,name.
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',', 3));
    }
}

public sealed record ProvinceInfo(string Code, string Name, string Slug);

public sealed record RegencyInfo(string Code, string ProvinceCode, string Name)
{
    /// <summary>URL segment derived from the name ("kota-tangerang-selatan"); names are unique, and so are their slugs.</summary>
    public string Slug { get; } = Core.Slug.From(Name);
}
