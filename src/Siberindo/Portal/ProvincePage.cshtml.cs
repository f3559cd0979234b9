using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Regions;

namespace Siberindo.Portal;

[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class ProvincePageModel(PortalQueries queries, RegionCatalog regions) : PageModel
{
    public const int PageSize = 40;
    public ProvinceInfo Province { get; private set; } = null!;
    public List<ArticleCard> Articles { get; private set; } = [];
    public Paging Paging { get; private set; }
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, int? halaman, CancellationToken ct)
    {
        if (regions.ProvinceByCodeOrSlug(key) is not { } province) return NotFound();
        if (key != province.Slug) return RedirectPermanent($"/provinsi/{province.Slug}");
        Province = province;
        if (Paging.From(halaman, PageSize) is not { } paging) return NotFound();
        Paging = paging;
        Total = await queries.CountAsync(provinceCode: province.Code, ct: ct);
        if (paging.PastTheEnd(Total)) return NotFound();
        Articles = await queries.LatestAsync(PageSize, paging.Skip, provinceCode: province.Code, ct: ct);
        return Page();
    }
}
