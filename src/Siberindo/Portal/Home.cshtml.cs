using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siberindo.Portal;

[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class HomeModel(PortalQueries queries) : PageModel
{
    public List<ArticleCard> Latest { get; private set; } = [];
    public Dictionary<string, List<ArticleCard>> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Latest = await queries.LatestAsync(30, ct: ct);
        Sections = await queries.LatestPerProvinceAsync(4, ct);
    }
}
