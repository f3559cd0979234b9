using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Storage;

namespace Siberindo.Thumbnails;

/// <summary>
/// How other features ask for card thumbnails: ingest for the articles whose feed names a picture, full text for the
/// og:image of an article page it fetched. A request is a pending <see cref="ArticleThumbnail"/> row, so it survives a
/// restart and is worked on by whichever worker holds the stage's lease.
/// </summary>
public sealed class ThumbnailRequests(ThumbnailStage stage, TimeProvider clock)
{
    /// <summary>Adds requests for the new articles that name a picture to the caller's unit of work, so they commit
    /// with the articles; call <see cref="Notify"/> after the commit.</summary>
    public void Add(SiberindoDb db, IEnumerable<Article> added)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var article in added)
        {
            if (article.ImageUrl is not { Length: > 0 } url) continue;
            db.Add(Pending(article, article.Id, url, now));
        }
    }

    /// <summary>Asks for an article's thumbnail from a picture found later (its page's og:image); none when one is asked for already.</summary>
    public async Task RequestAsync(SiberindoDb db, long articleId, string url, CancellationToken ct)
    {
        if (await db.Set<ArticleThumbnail>().AnyAsync(t => t.ArticleId == articleId, ct)) return;
        db.Add(Pending(null, articleId, url, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Asked for at the same moment by another path: one request is enough.
            return;
        }
        Notify();
    }

    public void Notify() => stage.Notify();

    /// <summary>A request due now; with the article itself when it is being inserted in the same unit of work.</summary>
    private static ArticleThumbnail Pending(Article? article, long articleId, string url, DateTime now) => new()
    {
        Article = article,
        ArticleId = articleId,
        SourceUrl = url,
        State = ThumbnailState.Pending,
        NextAttemptAt = now,
        UpdatedAt = now,
    };
}
