using Microsoft.AspNetCore.Http.HttpResults;

namespace Siberindo.Regions;

public static class RegionsApi
{
    public sealed record ProvinceWithRegencies(string Code, string Name, string Slug, IEnumerable<RegencyInfo> Regencies);

    public static IServiceCollection AddRegions(this IServiceCollection services) =>
        services.AddSingleton(_ => RegionCatalog.LoadFrom(RegionCatalog.DefaultFolder));

    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/regions").WithTags("Regions");

        group.MapGet("/provinces", (RegionCatalog catalog) => catalog.Provinces)
            .WithSummary("All provinces with their Kemendagri codes.");

        group.MapGet("/provinces/{key}", Results<Ok<ProvinceWithRegencies>, NotFound> (string key, RegionCatalog catalog) =>
                catalog.ProvinceByCodeOrSlug(key) is { } p
                    ? TypedResults.Ok(new ProvinceWithRegencies(p.Code, p.Name, p.Slug, catalog.Regencies.Where(r => r.ProvinceCode == p.Code)))
                    : TypedResults.NotFound())
            .WithSummary("One province by code (\"36\") or slug (\"banten\") with its regencies and cities.");

        group.MapGet("/regencies", (string? name, string? province, RegionCatalog catalog) =>
            {
                IEnumerable<RegencyInfo> found = string.IsNullOrWhiteSpace(name) ? catalog.Regencies : catalog.FindRegencies(name);
                if (!string.IsNullOrWhiteSpace(province)) found = found.Where(r => r.ProvinceCode == province);
                return found;
            })
            .WithSummary("Regencies and cities, by name (\"Kota Bogor\", \"Kab. Bogor\", \"Bogor\") and/or province code.");

        group.MapGet("/regencies/{code}", Results<Ok<RegencyInfo>, NotFound> (string code, RegionCatalog catalog) =>
                catalog.Regency(code) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("One regency or city by code (\"36.71\").");
        return app;
    }
}
