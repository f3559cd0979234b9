using Siberindo.Core.Search;
using Siberindo.Regions;

namespace Siberindo.Tests.Regions;

public sealed class RegionCatalogTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.LoadFrom(RegionCatalog.DefaultFolder);

    [Fact]
    public void Has_every_province_and_regency_of_the_current_regulation()
    {
        Assert.Equal(38, Catalog.Provinces.Count);
        Assert.Equal(514, Catalog.Regencies.Count);
        Assert.Equal(416, Catalog.Regencies.Count(r => !IsCity(r)));
        Assert.Equal(98, Catalog.Regencies.Count(IsCity));
        Assert.All(Catalog.Regencies, r => Assert.NotNull(Catalog.Province(r.ProvinceCode)));
    }

    [Fact]
    public void Finds_by_code_and_by_slug()
    {
        Assert.Equal("Banten", Catalog.Province("36")!.Name);
        Assert.Equal("36", Catalog.ProvinceByCodeOrSlug("banten")!.Code);
        Assert.Equal("32", Catalog.ProvinceByCodeOrSlug("jawa-barat")!.Code);
        Assert.Equal("Kota Tangerang", Catalog.Regency("36.71")!.Name);
        Assert.Null(Catalog.Regency("99.99"));
    }

    [Theory]
    [InlineData("Kota Bogor", new[] { "32.71" })]
    [InlineData("Kab. Bogor", new[] { "32.01" })]
    [InlineData("kabupaten bogor", new[] { "32.01" })]
    [InlineData("Bogor", new[] { "32.01", "32.71" })]
    [InlineData("Majene", new[] { "76.05" })]
    public void Finds_regencies_by_name_as_people_write_it(string name, string[] codes) =>
        Assert.Equal(codes, Catalog.FindRegencies(name).Select(r => r.Code).Order().ToArray());

    [Fact]
    public void Every_region_short_form_set_names_a_catalog_region_and_every_province_has_one()
    {
        static string Bare(string name) =>
            new[] { "Kabupaten ", "Kota ", "Administrasi " }.Aggregate(name, (n, prefix) => n.StartsWith(prefix, StringComparison.Ordinal) ? n[prefix.Length..] : n);
        var names = Catalog.Provinces.Select(p => p.Name).Concat(Catalog.Regencies.Select(r => Bare(Bare(Bare(r.Name))))).ToHashSet();
        var sets = QueryExpansions.EmbeddedSets(QueryExpansions.RegionList);

        Assert.All(sets, set => Assert.Contains(set[0], names));
        Assert.All(Catalog.Provinces, p => Assert.Contains(sets, set => set[0] == p.Name));
    }

    private static bool IsCity(RegencyInfo r) => int.Parse(r.Code[3..]) >= 71;
}
