using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Portal;

/// <summary>
/// /kabupaten/{slug}: a regency's or city's news, from the member outlets based there (the outlet's regency is the
/// only place an article has; the region catalog names it). Beside the province pages, paged and cached like them.
/// </summary>
[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class RegencyPageModel(PortalQueries queries, RegionCatalog regions, SiberindoDb db) : PageModel
{
    public const int PageSize = 40;

    public sealed record OutletLink(string Slug, string Name);

    /// <summary>Null when the key names no regency: the page answers 404 and says so.</summary>
    public RegencyInfo? Regency { get; private set; }
    public ProvinceInfo Province { get; private set; } = null!;
    public List<OutletLink> Outlets { get; private set; } = [];
    public List<ArticleCard> Articles { get; private set; } = [];
    public Paging Paging { get; private set; }
    public int Total { get; private set; }
    public string Key { get; private set; } = "";

    public static string PathOf(RegencyInfo regency) => $"/kabupaten/{regency.Slug}";

    public async Task<IActionResult> OnGetAsync(string key, int? halaman, CancellationToken ct)
    {
        Key = key;
        if (regions.RegencyByCodeOrSlug(key) is not { } regency || regions.Province(regency.ProvinceCode) is not { } province)
        {
            // A page of its own, not an empty answer; the output cache stores 200s only, so unknown keys fill nothing.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (key != regency.Slug) return RedirectPermanent(PathOf(regency));
        Regency = regency;
        Province = province;
        Outlets = await db.Outlets.AsNoTracking().Where(o => o.RegencyCode == regency.Code).OrderBy(o => o.Name)
            .Select(o => new OutletLink(o.Slug, o.Name)).ToListAsync(ct);
        if (await queries.PageAsync(halaman, PageSize, regencyCode: regency.Code, ct: ct) is not { } list) return NotFound();
        (Articles, Paging, Total) = list;
        return Page();
    }
}
