using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Core.Stories;
using Siberindo.Search;
using Siberindo.Storage;
using Siberindo.Stories;
using Siberindo.Stories.Corrections;

namespace Siberindo.Articles;

/// <summary>
/// The one way articles enter the database, shared by the crawler and by imports so that every later stage sees
/// the same articles: exact de-duplication per outlet (by guid, then by URL), then a single batched insert. Search
/// indexing and story assignment follow in their own stages (<see cref="SearchIndexer"/>, <see cref="StoryAssigner"/>),
/// in large batches, so that polling feeds never waits for them.
/// </summary>
public sealed class ArticleIngestor(SiberindoDb db, SearchIndexer searchIndexer, Portal.PageCacheInvalidator pageCache, TimeProvider clock,
    ILogger<ArticleIngestor> logger, StoryAssigner stories, CorrectionService corrections, ArticleEvents events)
{
    /// <summary>Published times this far in the future are clock errors of the outlet's server.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(15);

    public async Task<IReadOnlyList<Article>> IngestAsync(
        Outlet outlet, int? feedId, IReadOnlyCollection<IncomingArticle> incoming, CancellationToken ct = default)
    {
        if (incoming.Count == 0) return [];
        var now = clock.GetUtcNow().UtcDateTime;

        // One entry per guid inside the batch: feeds sometimes list an item twice.
        var candidates = incoming
            .Where(a => a.Guid.Length > 0 && a.Url.Length > 0 && a.Title.Length > 0)
            .DistinctBy(a => a.Guid, StringComparer.Ordinal)
            .DistinctBy(a => a.Url, StringComparer.Ordinal)
            .ToList();
        var guids = candidates.Select(a => a.Guid).ToList();
        var urls = candidates.Select(a => a.Url).ToList();
        var known = await db.Articles.AsNoTracking()
            .Where(a => a.OutletId == outlet.Id && (guids.Contains(a.Guid) || urls.Contains(a.Url)))
            .Select(a => new { a.Id, a.Guid, a.Url, a.Title, a.Summary })
            .ToListAsync(ct);
        var knownGuids = known.Select(k => k.Guid).ToHashSet(StringComparer.Ordinal);
        var knownUrls = known.Select(k => k.Url).ToHashSet(StringComparer.Ordinal);

        var revised = known
            .Join(candidates, k => k.Guid, a => a.Guid, (k, a) => (k.Id, k.Title, k.Summary, Incoming: a), StringComparer.Ordinal)
            .Where(r => r.Title != Truncate(r.Incoming.Title, 1000) || r.Incoming.Summary is not null && r.Summary != r.Incoming.Summary)
            .ToList();
        foreach (var r in revised) await ReviseAsync(r.Id, r.Title, r.Summary, r.Incoming, ct);

        var added = new List<Article>();
        foreach (var a in candidates)
        {
            if (knownGuids.Contains(a.Guid) || knownUrls.Contains(a.Url)) continue;
            var published = a.Published is { } p && p <= now + FutureTolerance ? p : now;
            added.Add(new Article
            {
                OutletId = outlet.Id,
                FeedId = feedId,
                Guid = Truncate(a.Guid, 1000),
                Url = a.Url,
                Title = Truncate(a.Title, 1000),
                Summary = a.Summary,
                Excerpt = Excerpts.From(a.Summary, a.Body),
                Body = a.Body,
                ImageUrl = a.ImageUrl is { Length: <= 2000 } image ? image : null,
                Published = published,
                Fetched = now,
                ProvinceCode = outlet.ProvinceCode,
            });
        }
        if (added.Count == 0) return [];

        // The articles and their requests to be indexed commit as one unit (one SaveChanges is one transaction).
        db.Articles.AddRange(added);
        db.AddRange(added.Select(a => new SearchQueueEntry { Article = a }));
        await db.SaveChangesAsync(ct);
        // Cached portal pages that list articles are stale now.
        pageCache.ArticlesChanged();
        logger.LogDebug("Stored {Count} new article(s) of {Outlet}", added.Count, outlet.Slug);
        searchIndexer.Notify();
        stories.Notify();
        events.RaiseStored();
        return added;
    }

    /// <summary>
    /// A known entry whose title or summary changed: the article keeps its id (and story) and takes the new text.
    /// When the change carries a correction marker (<see cref="CorrectionMarkers"/>) that the old text did not,
    /// it is recorded as a correction that the copies must follow.
    /// </summary>
    private async Task ReviseAsync(long id, string oldTitle, string? oldSummary, IncomingArticle incoming, CancellationToken ct)
    {
        var article = await db.Articles.SingleAsync(a => a.Id == id, ct);
        article.Title = Truncate(incoming.Title, 1000);
        if (incoming.Summary is not null) article.Summary = incoming.Summary;
        if (incoming.Body is not null) article.Body = incoming.Body;
        article.Excerpt = Excerpts.From(article.Summary, article.Body);
        db.Add(new SearchQueueEntry { ArticleId = article.Id });
        await db.SaveChangesAsync(ct);
        searchIndexer.Notify();
        logger.LogInformation("Article {Id} revised by its feed: '{Old}' -> '{New}'", id, oldTitle, article.Title);
        if (CorrectionMarkers.Find(article.Title, article.Summary) is { } marker && CorrectionMarkers.Find(oldTitle, oldSummary) is null)
            await corrections.RecordFromFeedAsync(article, marker switch
            {
                CorrectionMarkers.Kind.Ralat => CorrectionKind.Ralat,
                CorrectionMarkers.Kind.HakJawab => CorrectionKind.HakJawab,
                _ => CorrectionKind.Koreksi,
            }, oldTitle, ct);
        if (article.StoryId is { } story) await pageCache.StoryChangedAsync(story, ct);
        pageCache.ArticlesChanged();
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
