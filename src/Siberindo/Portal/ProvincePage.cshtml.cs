using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Portal;

[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class ProvincePageModel(PortalQueries queries, RegionCatalog regions, SiberindoDb db) : PageModel
{
    public const int PageSize = 40;
    public ProvinceInfo Province { get; private set; } = null!;
    public List<ArticleCard> Articles { get; private set; } = [];
    public Paging Paging { get; private set; }
    public int Total { get; private set; }
    /// <summary>Every regency and city of the province (links to their pages), with how many member outlets are based there.</summary>
    public List<(RegencyInfo Regency, int Outlets)> Regencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, int? halaman, CancellationToken ct)
    {
        if (regions.ProvinceByCodeOrSlug(key) is not { } province) return NotFound();
        if (key != province.Slug) return RedirectPermanent($"/provinsi/{province.Slug}");
        Province = province;
        if (await queries.PageAsync(halaman, PageSize, provinceCode: province.Code, ct: ct) is not { } list) return NotFound();
        (Articles, Paging, Total) = list;
        var outlets = await db.Outlets.AsNoTracking()
            .Where(o => o.ProvinceCode == province.Code && o.RegencyCode != null)
            .GroupBy(o => o.RegencyCode!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Regencies = regions.RegenciesOf(province.Code).Select(r => (r, outlets.GetValueOrDefault(r.Code))).ToList();
        return Page();
    }
}
