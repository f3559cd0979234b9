using Microsoft.EntityFrameworkCore;
using Siberindo.Portal;
using Siberindo.Storage;
using Siberindo.Stories.Corrections;

namespace Siberindo.Stories;

/// <summary>The reads behind story pages and the story-ranked home page.</summary>
public sealed class StoryQueries(SiberindoDb db, TimeProvider clock)
{
    /// <summary>How many recent stories (and not yet assigned articles) the home page ranks.</summary>
    const int RankedPool = 300;

    /// <param name="Url">The article on the outlet's own site (pages link through the counted /baca/{id}; schema.org data names it).</param>
    public sealed record Coverage(long ArticleId, string Title, string? Excerpt, DateTime Published, string OutletName, string OutletSlug,
        long? CopyOfId, string Url, string? ThumbnailVersion);

    public sealed record CorrectionView(long Id, long ArticleId, CorrectionKind Kind, RetractionReason? Reason, string Note,
        CorrectionOrigin Origin, string? PreviousTitle, DateTime DeclaredAt);

    public sealed record StoryView(Story Story, IReadOnlyList<Coverage> Articles, IReadOnlyList<CorrectionView> Corrections);

    public async Task<StoryView?> StoryAsync(long id, CancellationToken ct = default)
    {
        var story = await db.Set<Story>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (story is null) return null;
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == id)
            .OrderBy(a => a.Published).ThenBy(a => a.Id)
            .Select(a => new Coverage(a.Id, a.Title, a.Excerpt, a.Published, a.Outlet!.Name, a.Outlet.Slug, a.CopyOfId, a.Url, a.Thumbnail!.Version))
            .ToListAsync(ct);
        var corrections = await db.Set<Correction>().AsNoTracking()
            .Where(c => db.Articles.Any(a => a.Id == c.ArticleId && a.StoryId == id))
            .OrderBy(c => c.DeclaredAt)
            .Select(c => new CorrectionView(c.Id, c.ArticleId, c.Kind, c.Reason, c.Note, c.Origin, c.PreviousTitle, c.DeclaredAt))
            .ToListAsync(ct);
        return new StoryView(story, articles, corrections);
    }

    /// <summary>Where a merged story's URL leads now, or null.</summary>
    public Task<Story?> SurvivorOfAsync(long id, CancellationToken ct = default) =>
        db.Set<StoryRedirect>().AsNoTracking()
            .Where(r => r.FromStoryId == id)
            .Join(db.Set<Story>(), r => r.ToStoryId, s => s.Id, (r, s) => s)
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// The home page's stories: one card per story (its source article), ranked by distinct outlets and recency:
    /// score = outlets / (hours since the latest article + 2)^1.2, so a release ten outlets carried today beats a
    /// single-outlet story of the same hour, and yesterday's big story gives way to today's.
    /// Articles the assigner has not reached yet stand as stories of their own.
    /// </summary>
    public async Task<List<ArticleCard>> TopStoriesAsync(int take, CancellationToken ct = default)
    {
        // The articles not yet in a story are read before the stories. An article the assigner commits in between is
        // then in both reads and shown once, through its story (below); read the other way round it would be in
        // neither, and drop off the home page until the next eviction.
        var unassigned = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == null)
            .OrderByDescending(a => a.Published)
            .Take(RankedPool)
            .Select(a => new { a.Id, a.Published })
            .ToListAsync(ct);
        var stories = await db.Set<Story>().AsNoTracking()
            .OrderByDescending(s => s.LastPublished)
            .Take(RankedPool)
            .Select(s => new { s.Id, s.SourceArticleId, s.OutletCount, s.LastPublished })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        double Score(int outlets, DateTime last) => outlets / Math.Pow(Math.Max(0, (now - last).TotalHours) + 2, 1.2);
        var ranked = stories.Select(s => (ArticleId: s.SourceArticleId, Score: Score(s.OutletCount, s.LastPublished), s.LastPublished))
            .Concat(unassigned.Select(a => (ArticleId: a.Id, Score: Score(1, a.Published), LastPublished: a.Published)))
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.LastPublished).ThenByDescending(r => r.ArticleId)
            .Select(r => r.ArticleId)
            .Distinct()
            .Take(take)
            .ToList();
        var cards = await db.Articles.AsNoTracking()
            .Where(a => ranked.Contains(a.Id))
            .Select(a => new ArticleCard(a.Id, a.Title, a.Excerpt, a.Published, a.Outlet!.Name, a.Outlet.Slug, a.ProvinceCode, a.StoryId,
                db.Set<Story>().Where(s => s.Id == a.StoryId).Select(s => s.OutletCount).FirstOrDefault(),
                db.Set<Story>().Where(s => s.Id == a.StoryId).Select(s => s.Title).FirstOrDefault(),
                a.Thumbnail!.Version))
            .ToDictionaryAsync(c => c.Id, ct);
        var sourceOf = stories.ToDictionary(s => s.Id, s => s.SourceArticleId);
        return ranked.Where(cards.ContainsKey).Select(id => cards[id])
            .Where(c => c.StoryId is not { } story || !sourceOf.TryGetValue(story, out var source) || source == c.Id)
            .ToList();
    }
}
