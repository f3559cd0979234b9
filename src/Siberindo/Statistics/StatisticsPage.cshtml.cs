using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Statistics;

[OutputCache(PolicyName = StatisticsEndpoints.CachePolicy)]
public sealed class StatisticsPageModel(MemberStatistics stats, Siberindo.Regions.RegionCatalog regions, IEnumerable<IPublicFigures> programs) : PageModel
{
    public List<ProvinceFigures> Provinces { get; private set; } = [];
    public List<TrendPoint> Trend { get; private set; } = [];
    public DateOnly AsOf { get; private set; }
    public int? Year { get; private set; }
    /// <summary>The province whose trend is shown, or null for the whole country.</summary>
    public Siberindo.Regions.ProvinceInfo? Province { get; private set; }
    public int ThisYear => stats.Today.Year;
    /// <summary>The programs' counts (trainings, legal assistance) for the year shown.</summary>
    public List<PublicFigureGroup> Programs { get; private set; } = [];

    public async Task OnGetAsync(int? tahun, string? provinsi, CancellationToken ct)
    {
        AsOf = StatisticsEndpoints.AsOf(stats, tahun);
        Year = AsOf == stats.Today ? null : AsOf.Year;
        Provinces = await stats.ByProvinceAsync(AsOf, ct);
        Province = StatisticsEndpoints.Province(regions, provinsi) is { } code ? regions.Province(code) : null;
        Trend = await stats.YearlyAsync(Province?.Code, ct);
        foreach (var program in programs) Programs.Add(await program.FiguresAsync(AsOf.Year, AsOf, ct));
    }
}
