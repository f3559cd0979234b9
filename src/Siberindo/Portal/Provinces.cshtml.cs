using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Portal;

[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class ProvincesModel(SiberindoDb db) : PageModel
{
    public Dictionary<string, int> OutletsPerProvince { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        OutletsPerProvince = await db.Outlets.AsNoTracking()
            .Where(o => o.ProvinceCode != null)
            .GroupBy(o => o.ProvinceCode!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}
