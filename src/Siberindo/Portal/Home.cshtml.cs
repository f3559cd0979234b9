using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siberindo.Portal;

/// <summary>
/// The home page, within its budget (docs/benchmarks.md): at most 60 KB of HTML and 20 KB compressed, for a reader on
/// a cheap phone. The top stories as cards, then one line per province with its newest headline not already shown
/// above, linking out to the province's page instead of embedding its cards. No article or story appears twice.
/// </summary>
[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class HomeModel(PortalQueries queries, Stories.StoryQueries stories) : PageModel
{
    public const int TopStories = 24;
    /// <summary>How many of each province's newest articles to look through for one not among the top stories.</summary>
    private const int HeadlineCandidates = 3;

    public List<ArticleCard> Latest { get; private set; } = [];
    /// <summary>Every province with articles, by code, and its headline (null when all its newest are shown above).</summary>
    public Dictionary<string, ArticleCard?> Headlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Latest = await stories.TopStoriesAsync(TopStories, ct);
        var articles = Latest.Select(c => c.Id).ToHashSet();
        var shownStories = Latest.Where(c => c.StoryId is not null).Select(c => c.StoryId!.Value).ToHashSet();
        foreach (var (province, cards) in await queries.LatestPerProvinceAsync(HeadlineCandidates, ct))
        {
            var headline = cards.FirstOrDefault(c => !articles.Contains(c.Id) && (c.StoryId is not { } story || !shownStories.Contains(story)));
            Headlines[province] = headline;
            if (headline is null) continue;
            articles.Add(headline.Id);
            if (headline.StoryId is { } s) shownStories.Add(s);
        }
    }
}
