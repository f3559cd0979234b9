using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Siberindo.Portal.Seo;

namespace Siberindo.FactChecks.Pages;

/// <summary>One fact-check: verdict, claim, explanation, sources, its correction history, and the members' articles
/// that repeat or check the claim; its ClaimReview as JSON-LD.</summary>
[OutputCache(PolicyName = FactCheckPages.CachePolicy)]
public sealed class FactCheckPageModel(FactCheckQueries queries) : PageModel
{
    public FactCheck Check { get; private set; } = null!;
    public List<FactCheckCorrection> Corrections { get; private set; } = [];
    public List<MatchedArticle> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, string? slug, CancellationToken ct)
    {
        var check = await queries.Published().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (check is null) return NotFound();
        if (slug != check.Slug) return RedirectPermanent(FactCheckPages.Url(id, check.Slug));
        Check = check;
        Corrections = await queries.CorrectionsAsync(id, ct);
        Articles = await queries.MatchesAsync(id, shownOnly: true, ct);
        return Page();
    }

    public PageMeta Meta()
    {
        var url = SiteIdentity.BaseUrl(Request) + FactCheckPages.Url(Check.Id, Check.Slug);
        return new PageMeta(FactCheckPages.Url(Check.Id, Check.Slug))
        {
            Type = "article", Published = Check.Published, Modified = Check.Updated,
            StructuredData = [ClaimReviewJson.Write(Check, url, SiteIdentity.Name)],
        };
    }

    public static IEnumerable<string> Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IEnumerable<string> Paragraphs(string text) => text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
