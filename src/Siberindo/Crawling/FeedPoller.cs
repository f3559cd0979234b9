using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Articles;
using Siberindo.Core.Feeds;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Feeds.Polling;
using Siberindo.Core.Feeds.WebSub;
using Siberindo.Core.Regions;
using Siberindo.Core.Text;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Crawling;

/// <summary>One poll of one feed: fetch, parse, store new articles, record how it went.</summary>
public sealed class FeedPoller(
    SiberindoDb db,
    FeedFetcher fetcher,
    ArticleIngestor ingestor,
    HostThrottle throttle,
    FullTextQueue fullText,
    IOptions<CrawlerOptions> options,
    TimeProvider clock,
    ILogger<FeedPoller> logger)
{
    private readonly CrawlerOptions _options = options.Value;

    public async Task<PollReport> PollAsync(int feedId, CancellationToken ct)
    {
        var feed = await db.Feeds.Include(f => f.Outlet).SingleOrDefaultAsync(f => f.Id == feedId, ct);
        if (feed?.Outlet is null) return new PollReport(feedId, false, 0, "feed no longer exists");
        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url))
            return await RecordFailureAsync(feed, null, $"'{feed.Url}' is not an absolute URL.", null, ct);

        FetchResult result;
        using (await throttle.EnterAsync(url.Host, ct))
            result = await fetcher.FetchAsync(url, feed.ETag, feed.LastModified, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        feed.LastFetchedAt = now;
        feed.LastStatusCode = result.StatusCode is { } s ? (int)s : null;
        switch (result.Outcome)
        {
            case FetchOutcome.Failed:
                return await RecordFailureAsync(feed, null, result.Error!, result.RetryAfter, ct);
            case FetchOutcome.NotModified:
                // Nothing new to learn the outlet's rhythm from: the adapted interval stays.
                return await RecordSuccessAsync(feed, newArticles: 0, IntervalOf(feed), ct);
        }

        var parsed = FeedParser.Parse(result.Body, new FeedParseOptions
        {
            BaseUri = result.FinalUrl,
            DefaultOffset = IndonesianTime.OffsetOfProvince(feed.Outlet.ProvinceCode),
        });
        if (parsed.Feed is not { } parsedFeed)
            return await RecordFailureAsync(feed, null, $"Not a feed: {parsed.Error}", null, ct);

        var incoming = parsedFeed.Entries.Select(ToIncoming).OfType<IncomingArticle>().ToList();
        IngestResult ingested;
        try
        {
            ingested = await ingestor.IngestAsync(feed.Outlet, feed.Id, incoming, ct);
        }
        catch (DbUpdateException e)
        {
            // Never silent: the feed page shows why its articles could not be stored.
            return await RecordFailureAsync(feed, null, $"Artikel tidak dapat disimpan (articles could not be stored): {(e.InnerException ?? e).Message}", null, ct);
        }
        var stored = ingested.Stored;
        feed.LastSkippedItems = ingested.Skipped.Count;
        feed.LastSkipReason = ingested.Skipped is [var first, ..]
            ? StoredText.Clip($"{first.Reason} (guid {first.Guid})", FeedLengths.Error)
            : null;
        if (feed.Outlet.FetchFullText) fullText.EnqueueMissingBodies(stored);
        feed.Format = parsedFeed.Format;
        feed.ETag = result.ETag;
        feed.LastModified = result.LastModified;
        // WebSub: the renewal service subscribes when a hub appears (or changes) and the portal has a public address.
        // The hub and topic may be in the feed or in the response's Link header (WebSub 4).
        var hub = parsedFeed.Hub ?? LinkHeader.Find(result.Links, "hub", result.FinalUrl);
        var self = parsedFeed.Self ?? LinkHeader.Find(result.Links, "self", result.FinalUrl);
        feed.HubUrl = hub is { Length: <= FeedLengths.Url } ? hub : null;
        feed.TopicUrl = feed.HubUrl is null ? null : self is { Length: <= FeedLengths.Url } ? self : result.FinalUrl.AbsoluteUri;
        var interval = PollIntervals.Adapt(
            parsedFeed.Entries.Select(e => e.Published ?? e.Updated).OfType<DateTimeOffset>(),
            stored.Count, IntervalOf(feed), clock.GetUtcNow(), _options.MinPollInterval, _options.MaxPollInterval);
        // A hub pushes new entries as they appear; polling stays only as a safety net against a silent hub.
        if (feed.HubUrl is not null && interval < PushedFeedInterval && await HasActivePushAsync(feed.Id, ct))
            interval = PushedFeedInterval;
        return await RecordSuccessAsync(feed, stored.Count, interval, ct);
    }

    /// <summary>How often a feed whose hub pushes to us is still polled.</summary>
    public static readonly TimeSpan PushedFeedInterval = TimeSpan.FromHours(1);

    private Task<bool> HasActivePushAsync(int feedId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<WebSubSubscription>().AnyAsync(s => s.FeedId == feedId && s.State == WebSubState.Active && s.LeaseExpiresAt > now, ct);
    }

    private TimeSpan IntervalOf(Feed feed) =>
        feed.PollIntervalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : _options.PollInterval;

    internal static IncomingArticle? ToIncoming(FeedEntry entry)
    {
        if (entry.Link is not { } link || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        if (string.IsNullOrWhiteSpace(entry.Title)) return null;
        return new IncomingArticle(
            Guid: string.IsNullOrWhiteSpace(entry.Id) ? link : entry.Id,
            Url: link,
            Title: entry.Title.Trim(),
            Summary: entry.Summary ?? entry.Content,
            // A full-text feed carries the body itself; summary-only feeds get theirs from the page when the outlet asks.
            Body: HtmlText.FromHtml(entry.Content),
            ImageUrl: entry.Image,
            Published: (entry.Published ?? entry.Updated)?.UtcDateTime);
    }

    private async Task<PollReport> RecordSuccessAsync(Feed feed, int newArticles, TimeSpan interval, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        feed.Health = FeedHealth.Healthy;
        feed.LastError = null;
        feed.ConsecutiveFailures = 0;
        feed.LastSuccessAt = now;
        feed.LastNewArticles = newArticles;
        feed.PollIntervalSeconds = (int)interval.TotalSeconds;
        feed.NextPollAt = PollSchedule.NextAfterSuccess(now, interval);
        FeedLeases.Release(feed);
        await db.SaveChangesAsync(ct);
        return new PollReport(feed.Id, true, newArticles, null);
    }

    private async Task<PollReport> RecordFailureAsync(Feed feed, int? status, string error, TimeSpan? retryAfter, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        feed.Health = FeedHealth.Unhealthy;
        feed.LastError = StoredText.Clip(error, FeedLengths.Error);
        if (status is not null) feed.LastStatusCode = status;
        feed.ConsecutiveFailures++;
        feed.LastNewArticles = 0;
        feed.LastSkippedItems = 0;
        feed.LastSkipReason = null;
        feed.NextPollAt = PollSchedule.NextAfterFailure(now, feed.ConsecutiveFailures, IntervalOf(feed), _options.MaxBackoff, retryAfter);
        FeedLeases.Release(feed);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Feed {FeedId} ({Url}) failed ({Failures} in a row): {Error}", feed.Id, feed.Url, feed.ConsecutiveFailures, error);
        return new PollReport(feed.Id, false, 0, error);
    }
}

public sealed record PollReport(int FeedId, bool Success, int NewArticles, string? Error);
