using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Search;
using Siberindo.Storage;

namespace Siberindo.Articles;

/// <summary>
/// The one way articles enter the database, shared by the crawler and by imports so that every later stage sees
/// the same articles: exact de-duplication per outlet (by guid, then by URL), then a single batched insert.
/// </summary>
public sealed class ArticleIngestor(SiberindoDb db, ArticleSearchIndex searchIndex, IOutputCacheStore pageCache, TimeProvider clock, ILogger<ArticleIngestor> logger)
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
            .Select(a => new { a.Guid, a.Url })
            .ToListAsync(ct);
        var knownGuids = known.Select(k => k.Guid).ToHashSet(StringComparer.Ordinal);
        var knownUrls = known.Select(k => k.Url).ToHashSet(StringComparer.Ordinal);

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

        // Stored and searchable together: the articles and their index entries commit as one unit.
        await using (var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null)
        {
            db.Articles.AddRange(added);
            await db.SaveChangesAsync(ct);
            await searchIndex.IndexAsync(added, ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        // Cached portal pages that list articles are stale now.
        await pageCache.EvictByTagAsync(Portal.PortalExtensions.ArticlesTag, ct);
        logger.LogDebug("Stored {Count} new article(s) of {Outlet}", added.Count, outlet.Slug);
        return added;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
