using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Siberindo.Core;
using Siberindo.Portal.Seo;

namespace Siberindo.Stories;

/// <summary>"Liputan lengkap": one story with every outlet that covered it, its source credited, copies marked, corrections shown.</summary>
[OutputCache(PolicyName = StoryPages.CachePolicy)]
public sealed class StoryPageModel(StoryQueries queries) : PageModel
{
    public StoryQueries.StoryView View { get; private set; } = null!;
    public Dictionary<long, StoryQueries.Coverage> ById { get; private set; } = [];
    public int Outlets { get; private set; }
    public string CanonicalPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, string? slug, CancellationToken ct)
    {
        // Evicted when the story changes (new article, merge, correction), whatever else is ingested.
        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(StoryPages.Tag(id));
        var view = await queries.StoryAsync(id, ct);
        if (view is null)
        {
            // A merged story's URL keeps working: 301 to the story it became part of.
            if (await queries.SurvivorOfAsync(id, ct) is { } survivor) return RedirectPermanent(StoryPages.Url(survivor.Id, survivor.Title));
            return NotFound();
        }
        CanonicalPath = StoryPages.Url(id, view.Story.Title);
        if (slug != Slug.From(view.Story.Title)) return RedirectPermanent(CanonicalPath);
        View = view;
        ById = view.Articles.ToDictionary(a => a.ArticleId);
        Outlets = view.Articles.Select(a => a.OutletSlug).Distinct().Count();
        return Page();
    }

    /// <summary>
    /// Outlets' articles named in the schema.org data, earliest first: a story a hundred outlets carried would otherwise
    /// add tens of kilobytes to a page that already lists them all.
    /// </summary>
    public const int SourcesInData = 30;

    /// <summary>Link previews and schema.org data: the story as one news article, based on every outlet's article.</summary>
    public PageMeta Meta()
    {
        var story = View.Story;
        var baseUrl = SiteIdentity.BaseUrl(Request);
        var source = ById.GetValueOrDefault(story.SourceArticleId);
        var article = StructuredData.NewsArticle(baseUrl, baseUrl + CanonicalPath, story.Title, Description(),
            baseUrl + SiteIdentity.DefaultImagePath, story.FirstPublished, story.LastPublished, source?.OutletName,
            View.Articles.Take(SourcesInData).Select(a => new StructuredData.Source(a.Title, a.Url, a.OutletName, a.Published)));
        return new PageMeta(CanonicalPath)
        {
            Type = "article",
            Published = story.FirstPublished,
            Modified = story.LastPublished,
            StructuredData = [article],
        };
    }

    /// <summary>What the page is: every outlet's report of one story (the outlets' own text stays on their sites).</summary>
    public string Description() => $"Liputan lengkap: {Outlets} media memberitakan \"{View.Story.Title}\".";
}
