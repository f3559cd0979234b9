using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Siberindo.Hosting;
using Siberindo.Regions;

namespace Siberindo.Statistics;

/// <summary>The public statistics as charts (SVG) and files (CSV, XLSX), cached like the page.</summary>
public static class StatisticsEndpoints
{
    public const string CachePolicy = "statistik";

    /// <summary>The statistics pages' cache, evicted (coalesced) whenever an audited record changes.</summary>
    public static IServiceCollection AddStatisticsCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(CachePolicy, p => p.Expire(TimeSpan.FromMinutes(5)).Tag(CachePolicy).SetVaryByQuery("tahun", "provinsi")))
            .Subscribe<RecordChanged, CoalescedEviction>((evictions, _) => evictions.Mark(CachePolicy));

    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/statistik").CacheOutput(CachePolicy).ExcludeFromDescription();
        group.MapGet("/grafik/provinsi.svg", async (MemberStatistics stats, int? tahun, CancellationToken ct) =>
            Svg(Charts.Svg(Charts.ProvinceBars(await stats.ByProvinceAsync(AsOf(stats, tahun), ct)), 900, 1100)));
        group.MapGet("/grafik/tren.svg", async (MemberStatistics stats, RegionCatalog regions, string? provinsi, CancellationToken ct) =>
            Svg(Charts.Svg(Charts.Trend(await stats.YearlyAsync(Province(regions, provinsi), ct), monthly: false), 900, 420)));
        group.MapGet("/anggota-per-provinsi.{format:regex(^(csv|xlsx)$)}", async (MemberStatistics stats, string format, int? tahun, CancellationToken ct) =>
        {
            var asOf = AsOf(stats, tahun);
            return File(Table.ByProvince(await stats.ByProvinceAsync(asOf, ct), asOf), format);
        });
        group.MapGet("/anggota-per-tahun.{format:regex(^(csv|xlsx)$)}", async (MemberStatistics stats, RegionCatalog regions, string format, string? provinsi, CancellationToken ct) =>
            File(Table.Trend(await stats.YearlyAsync(Province(regions, provinsi), ct)), format));
        return app;
    }

    public static DateOnly AsOf(MemberStatistics stats, int? year) =>
        year is { } y && y >= 1990 && y <= stats.Today.Year ? stats.AsOf(y) : stats.Today;

    /// <summary>A known province code, or null for the whole country (an unknown code never reaches a query).</summary>
    public static string? Province(RegionCatalog regions, string? code) => code is { Length: > 0 } && regions.Province(code) is { } p ? p.Code : null;

    private static ContentHttpResult Svg(string svg) => TypedResults.Text(svg, "image/svg+xml; charset=utf-8");

    public static FileContentHttpResult File(Table table, string format) => format == "xlsx"
        ? TypedResults.File(table.Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", table.Name + ".xlsx")
        : TypedResults.File(table.Csv(), "text/csv; charset=utf-8", table.Name + ".csv");
}
