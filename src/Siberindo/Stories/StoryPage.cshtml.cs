using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Siberindo.Core;

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

    /// <summary>schema.org data for search engines: the story as a collection of the outlets' news articles.</summary>
    public string JsonLd()
    {
        var parts = new JsonArray();
        foreach (var a in View.Articles)
            parts.Add(new JsonObject
            {
                ["@type"] = "NewsArticle",
                ["headline"] = a.Title,
                ["datePublished"] = Portal.PortalFormat.Iso(a.Published),
                ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = a.OutletName },
                ["url"] = $"{Request.Scheme}://{Request.Host}/baca/{a.ArticleId}",
            });
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CollectionPage",
            ["name"] = View.Story.Title,
            ["url"] = $"{Request.Scheme}://{Request.Host}{CanonicalPath}",
            ["hasPart"] = parts,
        };
        // The default encoder escapes <, > and &, so the text cannot close the script element.
        return data.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
