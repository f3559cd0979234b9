using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Portal;

[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class OutletPageModel(PortalQueries queries, SiberindoDb db) : PageModel
{
    public const int PageSize = 40;
    public Outlet Outlet { get; private set; } = null!;
    public List<ArticleCard> Articles { get; private set; } = [];
    public Paging Paging { get; private set; }
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? halaman, CancellationToken ct)
    {
        var outlet = await db.Outlets.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, ct);
        if (outlet is null) return NotFound();
        Outlet = outlet;
        if (await queries.PageAsync(halaman, PageSize, outletId: outlet.Id, ct: ct) is not { } list) return NotFound();
        (Articles, Paging, Total) = list;
        return Page();
    }
}
