using Microsoft.EntityFrameworkCore;
using Siberindo.Hosting;
using Siberindo.Outlets;
using Siberindo.Search;
using Siberindo.Core.Stories;
using Siberindo.Core.Text;
using Siberindo.Storage;
using Siberindo.Stories;
using Siberindo.Stories.Corrections;

namespace Siberindo.Articles;

/// <summary>
/// The one way articles enter the database, shared by the crawler and by imports so that every later stage sees
/// the same articles: exact de-duplication per outlet (by guid, then by URL), then a single batched insert. Search
/// indexing, story assignment, card thumbnails and the stages after them follow on their own when told
/// <see cref="ArticlesStored"/>, so that polling feeds never waits for them.
/// </summary>
public sealed class ArticleIngestor(SiberindoDb db, Notifications notifications, TimeProvider clock, ILogger<ArticleIngestor> logger,
    CorrectionService corrections, Thumbnails.ThumbnailRequests thumbnails)
{
    /// <summary>Published times this far in the future are clock errors of the outlet's server.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(15);

    public async Task<IngestResult> IngestAsync(
        Outlet outlet, int? feedId, IReadOnlyCollection<IncomingArticle> incoming, CancellationToken ct = default)
    {
        if (incoming.Count == 0) return IngestResult.Nothing;
        var now = clock.GetUtcNow().UtcDateTime;
        var skipped = new List<SkippedArticle>();

        // Values as the columns will hold them, so that the known-article checks below compare like with like.
        var candidates = new List<Candidate>();
        foreach (var a in incoming)
        {
            if (a.Guid.Length == 0 || a.Url.Length == 0 || a.Title.Length == 0) continue;
            // A clipped link would send readers to a page that does not exist: such an item is refused, not cut.
            if (a.Url.Length > ArticleLengths.Url)
            {
                skipped.Add(new SkippedArticle(a.Guid, $"Tautan lebih dari {ArticleLengths.Url} karakter (link longer than {ArticleLengths.Url} characters)."));
                continue;
            }
            candidates.Add(new Candidate(StoredText.Identifier(a.Guid, ArticleLengths.Guid), StoredText.Clip(a.Title, ArticleLengths.Title), a));
        }
        // One entry per guid inside the batch: feeds sometimes list an item twice.
        candidates = candidates.DistinctBy(c => c.Guid, StringComparer.Ordinal).DistinctBy(c => c.Incoming.Url, StringComparer.Ordinal).ToList();
        var guids = candidates.Select(c => c.Guid).ToList();
        var urls = candidates.Select(c => c.Incoming.Url).ToList();
        var known = await db.Articles.AsNoTracking()
            .Where(a => a.OutletId == outlet.Id && (guids.Contains(a.Guid) || urls.Contains(a.Url)))
            .Select(a => new { a.Id, a.Guid, a.Url, a.Title, a.Summary })
            .ToListAsync(ct);
        var knownGuids = known.Select(k => k.Guid).ToHashSet(StringComparer.Ordinal);
        var knownUrls = known.Select(k => k.Url).ToHashSet(StringComparer.Ordinal);

        var revised = known
            .Join(candidates, k => k.Guid, c => c.Guid, (k, c) => (k.Id, k.Title, k.Summary, Candidate: c), StringComparer.Ordinal)
            .Where(r => r.Title != r.Candidate.Title || r.Candidate.Incoming.Summary is not null && r.Summary != r.Candidate.Incoming.Summary)
            .ToList();
        foreach (var r in revised) await ReviseAsync(r.Id, r.Title, r.Summary, r.Candidate, ct);

        var fresh = candidates.Where(c => !knownGuids.Contains(c.Guid) && !knownUrls.Contains(c.Incoming.Url)).ToList();
        if (fresh.Count == 0) return new IngestResult([], skipped);
        var added = await StoreAsync(outlet, feedId, fresh, now, skipped, ct);
        if (added.Count == 0) return new IngestResult([], skipped);

        logger.LogDebug("Stored {Count} new article(s) of {Outlet}", added.Count, outlet.Slug);
        notifications.Publish(new ArticlesStored());
        return new IngestResult(added, skipped);
    }

    /// <summary>
    /// Stores the new articles with their requests to be indexed, all in one SaveChanges (one transaction, or one
    /// savepoint inside the caller's). When the database refuses the batch, each article is tried on its own, so one
    /// item the database refuses is skipped with its reason and never keeps the others out.
    /// </summary>
    private async Task<List<Article>> StoreAsync(Outlet outlet, int? feedId, List<Candidate> fresh, DateTime now,
        List<SkippedArticle> skipped, CancellationToken ct)
    {
        var batch = fresh.Select(c => NewArticle(outlet, feedId, c, now)).ToList();
        if (await TrySaveAsync(batch, ct) is not { } batchRefusal) return batch;
        if (fresh.Count == 1)
        {
            skipped.Add(new SkippedArticle(fresh[0].Incoming.Guid, batchRefusal));
            return [];
        }
        var stored = new List<Article>();
        foreach (var candidate in fresh)
        {
            // A new object each time: a refused save may have left generated values on the old one.
            var article = NewArticle(outlet, feedId, candidate, now);
            if (await TrySaveAsync([article], ct) is { } refusal) skipped.Add(new SkippedArticle(candidate.Incoming.Guid, refusal));
            else stored.Add(article);
        }
        return stored;
    }

    /// <summary>Saves the articles, their search-queue entries and thumbnail requests; on refusal leaves nothing of them tracked and says why.</summary>
    private async Task<string?> TrySaveAsync(List<Article> articles, CancellationToken ct)
    {
        var entries = articles.Select(a => new SearchQueueEntry { Article = a }).ToList();
        db.Articles.AddRange(articles);
        db.AddRange(entries);
        thumbnails.Add(db, articles);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e)
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.Entity is Article or SearchQueueEntry or Thumbnails.ArticleThumbnail && x.State == EntityState.Added).ToList())
                entry.State = EntityState.Detached;
            var reason = (e.InnerException ?? e).Message;
            logger.LogWarning("The database refused {Count} article(s): {Reason}", articles.Count, reason);
            return $"Basis data menolak artikel ini (the database refused it): {reason}";
        }
    }

    private Article NewArticle(Outlet outlet, int? feedId, Candidate c, DateTime now)
    {
        var a = c.Incoming;
        return new Article
        {
            OutletId = outlet.Id,
            FeedId = feedId,
            Guid = c.Guid,
            Url = a.Url,
            Title = c.Title,
            Summary = a.Summary,
            Excerpt = ArticleText.Excerpt(a.Body, a.Summary),
            Body = a.Body,
            ImageUrl = a.ImageUrl is { Length: <= ArticleLengths.ImageUrl } image ? image : null,
            Published = a.Published is { } p && p <= now + FutureTolerance ? p : now,
            Fetched = now,
            ProvinceCode = outlet.ProvinceCode,
        };
    }

    /// <summary>An incoming article with its guid and title as they will be stored.</summary>
    private sealed record Candidate(string Guid, string Title, IncomingArticle Incoming);

    /// <summary>
    /// A known entry whose title or summary changed: the article keeps its id (and story) and takes the new text.
    /// When the change carries a correction marker (<see cref="CorrectionMarkers"/>) that the old text did not,
    /// it is recorded as a correction that the copies must follow.
    /// </summary>
    private async Task ReviseAsync(long id, string oldTitle, string? oldSummary, Candidate candidate, CancellationToken ct)
    {
        var incoming = candidate.Incoming;
        var article = await db.Articles.SingleAsync(a => a.Id == id, ct);
        article.Title = candidate.Title;
        if (incoming.Summary is not null) article.Summary = incoming.Summary;
        if (incoming.Body is not null) article.Body = incoming.Body;
        article.Excerpt = ArticleText.Excerpt(article.Body, article.Summary);
        db.Add(new SearchQueueEntry { ArticleId = article.Id });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Article {Id} revised by its feed: '{Old}' -> '{New}'", id, oldTitle, article.Title);
        if (CorrectionMarkers.Find(article.Title, article.Summary) is { } marker && CorrectionMarkers.Find(oldTitle, oldSummary) is null)
            await corrections.RecordFromFeedAsync(article, marker switch
            {
                CorrectionMarkers.Kind.Ralat => CorrectionKind.Ralat,
                CorrectionMarkers.Kind.HakJawab => CorrectionKind.HakJawab,
                _ => CorrectionKind.Koreksi,
            }, oldTitle, ct);
        if (article.StoryId is { } story) await notifications.PublishAsync(new StoryChanged(story), ct);
        notifications.Publish(new ArticlesRevised());
    }
}

/// <summary>What one ingest stored, and the items it had to leave out with the reason for each.</summary>
public sealed record IngestResult(IReadOnlyList<Article> Stored, IReadOnlyList<SkippedArticle> Skipped)
{
    public static readonly IngestResult Nothing = new([], []);
}

/// <summary>An incoming item that was not stored: its guid as the feed or file gave it, and why, in words an editor can act on.</summary>
public sealed record SkippedArticle(string Guid, string Reason);
