using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Statistics;

[OutputCache(PolicyName = StatisticsEndpoints.CachePolicy)]
public sealed class StatisticsPageModel(MemberStatistics stats) : PageModel
{
    public List<ProvinceFigures> Provinces { get; private set; } = [];
    public List<TrendPoint> Trend { get; private set; } = [];
    public DateOnly AsOf { get; private set; }
    public int? Year { get; private set; }
    public int ThisYear => stats.Today.Year;

    public async Task OnGetAsync(int? tahun, CancellationToken ct)
    {
        AsOf = StatisticsEndpoints.AsOf(stats, tahun);
        Year = AsOf == stats.Today ? null : AsOf.Year;
        Provinces = await stats.ByProvinceAsync(AsOf, ct);
        Trend = await stats.YearlyAsync(null, ct);
    }
}
