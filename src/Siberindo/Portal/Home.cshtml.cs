using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siberindo.Portal;

[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class HomeModel(PortalQueries queries, Stories.StoryQueries stories) : PageModel
{
    public List<ArticleCard> Latest { get; private set; } = [];
    public Dictionary<string, List<ArticleCard>> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Latest = await stories.TopStoriesAsync(30, ct);
        Sections = await queries.LatestPerProvinceAsync(4, ct);
    }
}
