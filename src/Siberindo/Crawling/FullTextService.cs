using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Images;
using Siberindo.Core.Text;
using Siberindo.Hosting;
using Siberindo.Search;
using Siberindo.Storage;
using Siberindo.Stories;
using Siberindo.Thumbnails;

namespace Siberindo.Crawling;

/// <summary>
/// Fetches article pages of outlets that switched full text on and stores the main text (extracted with SmartReader,
/// a port of Mozilla's Readability) as the article's plain-text body. Same guard and limits as feeds, its own
/// concurrency, and the per-host limit shared with the crawler so a member's server sees no more requests than before.
/// </summary>
public sealed class FullTextService(
    FullTextQueue queue,
    FeedFetcher fetcher,
    HostThrottle throttle,
    ThumbnailRequests thumbnails,
    IServiceScopeFactory scopes,
    Notifications notifications,
    IOptions<CrawlerOptions> options,
    TimeProvider clock,
    ILogger<FullTextService> logger) : BackgroundService
{
    /// <summary>Articles this recent without a body are queued again at start (the queue lives in memory).</summary>
    private static readonly TimeSpan SweepWindow = TimeSpan.FromDays(2);
    private const int SweepLimit = 2_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        try
        {
            await SweepAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not queue recent articles for full text");
        }
        var workers = Enumerable.Range(0, Math.Max(1, options.Value.FullTextConcurrency)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    /// <summary>Queues recent articles of full-text outlets that have no body yet (after a restart, or a full queue).</summary>
    public async Task SweepAsync(CancellationToken ct, int? outletId = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        var since = clock.GetUtcNow().UtcDateTime - SweepWindow;
        var jobs = await db.Articles.AsNoTracking()
            .Where(a => a.Body == null && a.Fetched >= since && a.Outlet!.FetchFullText && (outletId == null || a.OutletId == outletId))
            .OrderByDescending(a => a.Fetched).Take(SweepLimit)
            .Select(a => new FullTextJob(a.Id, a.Url)).ToListAsync(ct);
        foreach (var job in jobs) queue.Enqueue(job);
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await FetchAsync(job, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Full text of article {Id} ({Url}) failed", job.ArticleId, job.Url);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    /// <summary>
    /// Fetches one article page and stores its text; true when a body was stored. The same page gives the card its
    /// picture when the feed named none (its og:image), so no page is fetched twice.
    /// </summary>
    public async Task<bool> FetchAsync(FullTextJob job, CancellationToken ct)
    {
        if (!Uri.TryCreate(job.Url, UriKind.Absolute, out var url)) return false;
        FetchResult page;
        using (await throttle.EnterAsync(url.Host, ct))
            page = await fetcher.FetchPageAsync(url, ct);
        if (page.Outcome != FetchOutcome.Fetched || page.Body is null)
        {
            logger.LogInformation("Full text of {Url}: {Error}", job.Url, page.Error ?? "no body");
            return false;
        }
        var html = PageText.Decode(page.Body);
        var text = Extract(page.FinalUrl, html);
        var image = PageImage.Find(html, page.FinalUrl);
        if (text is null && image is null) return false;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        if (image is { Length: <= 2000 }
            && await db.Articles.Where(a => a.Id == job.ArticleId && a.ImageUrl == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ImageUrl, image), ct) > 0)
            await thumbnails.RequestAsync(db, job.ArticleId, image, ct);
        if (text is null) return false;
        // Only fills a missing body: an import or a full-text feed that stored one meanwhile wins. The body goes to the
        // search index and the story fingerprint the way a new article's text does: queued in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == job.ArticleId && a.Body == null, ct);
        if (article is null) return false;
        article.Body = text;
        article.Excerpt = ArticleText.Excerpt(text, article.Summary);
        db.Add(new SearchQueueEntry { ArticleId = article.Id });
        // An article not yet in a story is fingerprinted from the body when it is assigned; one already assigned
        // (or being assigned now) is fingerprinted again.
        db.Add(new StoryRefresh { ArticleId = article.Id });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notifications.Publish(new ArticlesRevised());
        return true;
    }

    /// <summary>The main text of an article page, or null when the page has no readable article.</summary>
    public static string? Extract(Uri url, byte[] html) => Extract(url, PageText.Decode(html));

    private static string? Extract(Uri url, string decoded)
    {
        var article = new SmartReader.Reader(url.AbsoluteUri, decoded).GetArticle();
        // IsReadable also demands a minimum length; a short article Readability did isolate is still the article.
        if (string.IsNullOrWhiteSpace(article.Content)) return null;
        var text = HtmlText.FromHtml(article.Content);
        return string.IsNullOrWhiteSpace(text) ? null : text.Length > 200_000 ? text[..200_000] : text;
    }
}

public static class FullTextExtensions
{
    public static IServiceCollection AddFullText(this IServiceCollection services)
    {
        services.AddSingleton<FullTextQueue>();
        services.AddSingleton<FullTextService>();
        services.AddHostedService(sp => sp.GetRequiredService<FullTextService>());
        return services;
    }
}
