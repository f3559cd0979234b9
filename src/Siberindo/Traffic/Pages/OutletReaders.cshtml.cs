using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Outlets;
using Siberindo.Traffic;

namespace Siberindo.Traffic.Pages;

/// <summary>
/// The member traffic dashboard: readers Siberindo sent to one outlet's site, per day and per article, over a chosen
/// range (the last 30 days unless the form says otherwise). For the outlet's editor and the boards whose area holds it.
/// </summary>
public sealed class OutletReadersModel(TrafficReport report) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dari { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sampai { get; set; }

    public Outlet Outlet { get; private set; } = null!;
    public TrafficRange Range { get; private set; }
    public string? Error { get; private set; }
    public List<TrafficReport.DayTotal> Days { get; private set; } = [];
    public List<TrafficReport.ArticleTotal> Articles { get; private set; } = [];
    public long Total { get; private set; }
    public long AllTime { get; private set; }
    public int ArticlesWithReaders { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await report.OutletAsync(id, ct) is not { } outlet) return NotFound();
        Outlet = outlet;
        // An unreadable range shows the default one, with the reason above the form.
        (Range, Error) = TrafficRange.Parse(Dari, Sampai, report.Today);
        Days = await report.PerDayAsync(outlet.Id, Range, ct);
        Total = Days.Sum(d => d.Readers);
        Articles = await report.PerArticleAsync(outlet.Id, Range, TrafficReport.ArticlesShown, ct);
        ArticlesWithReaders = await report.ArticleCountAsync(outlet.Id, Range, ct);
        AllTime = await report.AllTimeAsync(outlet.Id, ct);
        return Page();
    }
}
