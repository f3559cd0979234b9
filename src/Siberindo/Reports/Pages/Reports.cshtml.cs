using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Accounts;
using Siberindo.Regions;

namespace Siberindo.Reports.Pages;

/// <summary>Year-end reports the user may download: every province for admin pusat, its own for admin provinsi.</summary>
public sealed class ReportsModel(AccessScope scope, RegionCatalog regions, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ProvinceInfo> Provinces { get; private set; } = [];
    public int ThisYear => clock.GetUtcNow().Year;

    public IActionResult OnGet()
    {
        Provinces = regions.Provinces.Where(p => scope.CoversProvince(p.Code)).ToList();
        return Provinces.Count == 0 ? NotFound() : Page();
    }
}
