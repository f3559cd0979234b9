using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Articles;
using Siberindo.Core.Feeds;
using Siberindo.Core.Feeds.WebSub;
using Siberindo.Core.Regions;
using Siberindo.Core.Text;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Crawling;

/// <summary>
/// The subscriber side of WebSub (W3C Recommendation): asks hubs for pushes of feeds that name one, answers their
/// intent verification, and ingests signed content distributions through the same ingest as polls. Polling goes on
/// regardless, so a hub that stops pushing costs nothing but latency.
/// </summary>
public sealed class WebSubSubscriber(
    SiberindoDb db,
    IHttpClientFactory http,
    ArticleIngestor ingestor,
    FullTextQueue fullText,
    IOptions<CrawlerOptions> options,
    TimeProvider clock,
    ILogger<WebSubSubscriber> logger)
{
    public const string HttpClientName = "websub";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(1);
    private static readonly TimeSpan VerificationWait = TimeSpan.FromHours(1);
    private static readonly TimeSpan RetryFailedAfter = TimeSpan.FromHours(6);
    private readonly CrawlerOptions _options = options.Value;

    private DbSet<WebSubSubscription> Subscriptions => db.Set<WebSubSubscription>();

    /// <summary>Requests or renews every subscription that is due; returns how many requests were sent.</summary>
    public async Task<int> RenewDueAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(_options.PublicBaseUrl)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var feeds = await db.Feeds.AsNoTracking().Where(f => f.HubUrl != null && f.TopicUrl != null)
            .Select(f => new { f.Id, f.HubUrl, f.TopicUrl }).ToListAsync(ct);
        var existing = await Subscriptions.ToDictionaryAsync(s => s.FeedId, ct);
        var sent = 0;
        foreach (var feed in feeds)
        {
            existing.TryGetValue(feed.Id, out var subscription);
            if (!IsDue(subscription, feed.HubUrl!, feed.TopicUrl!, now)) continue;
            await SubscribeAsync(feed.Id, feed.HubUrl!, feed.TopicUrl!, subscription, ct);
            sent++;
        }
        return sent;
    }

    private static bool IsDue(WebSubSubscription? s, string hub, string topic, DateTime now) => s switch
    {
        null => true,
        _ when s.HubUrl != hub || s.TopicUrl != topic => true,
        // Renewed a day before the lease ends, or half-way through a lease shorter than two days.
        { State: WebSubState.Active, LeaseExpiresAt: { } until } =>
            until - TimeSpan.FromTicks(Math.Min(RenewBefore.Ticks, (until - (s.VerifiedAt ?? s.RequestedAt)).Ticks / 2)) <= now,
        { State: WebSubState.Requested } => s.RequestedAt + VerificationWait <= now,
        _ => s.RequestedAt + RetryFailedAfter <= now,
    };

    private async Task SubscribeAsync(int feedId, string hub, string topic, WebSubSubscription? subscription, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (subscription is null)
        {
            subscription = new WebSubSubscription { FeedId = feedId, HubUrl = hub, TopicUrl = topic, Secret = NewSecret() };
            Subscriptions.Add(subscription);
        }
        subscription.HubUrl = hub;
        subscription.TopicUrl = topic;
        // A fresh secret with every request: a leaked old one stops working at the next renewal.
        subscription.Secret = NewSecret();
        subscription.State = WebSubState.Requested;
        subscription.RequestedAt = now;
        subscription.LastError = null;
        await db.SaveChangesAsync(ct);

        var error = await PostToHubAsync(subscription, ct);
        if (error is not null)
        {
            subscription.State = WebSubState.Failed;
            subscription.LastError = StoredText.Clip(error, FeedLengths.Error);
            logger.LogInformation("WebSub subscription of feed {FeedId} at {Hub} failed: {Error}", feedId, hub, error);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends the subscription request; null when the hub accepted it for verification.</summary>
    private async Task<string?> PostToHubAsync(WebSubSubscription s, CancellationToken ct)
    {
        if (!Uri.TryCreate(s.HubUrl, UriKind.Absolute, out var hub) || (hub.Scheme != Uri.UriSchemeHttp && hub.Scheme != Uri.UriSchemeHttps))
            return $"The hub '{s.HubUrl}' is not an http(s) URL.";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["hub.callback"] = CallbackUrl(s.Id),
                ["hub.mode"] = "subscribe",
                ["hub.topic"] = s.TopicUrl,
                ["hub.secret"] = s.Secret,
                ["hub.lease_seconds"] = ((int)_options.WebSubLease.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            // The guarded client follows no redirects: a hub that redirects is reported, not followed blindly.
            using var response = await http.CreateClient(HttpClientName).PostAsync(hub, form, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"The hub answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"The hub gave no answer within {_options.RequestTimeout.TotalSeconds:0} seconds.";
        }
        catch (HttpRequestException e)
        {
            return e.InnerException is BlockedAddressException b ? b.Message : e is BlockedAddressException ? e.Message : $"Connection to the hub failed: {e.Message}";
        }
    }

    public string CallbackUrl(int subscriptionId) => $"{_options.PublicBaseUrl!.TrimEnd('/')}/websub/{subscriptionId}";

    /// <summary>
    /// Answers a hub's verification of intent: the challenge to echo when we did ask for this (subscribe) or do not
    /// want it (unsubscribe), null to refuse.
    /// </summary>
    public async Task<string?> VerifyAsync(int id, string? mode, string? topic, string? challenge, string? leaseSeconds, string? reason, CancellationToken ct)
    {
        var s = await Subscriptions.SingleOrDefaultAsync(x => x.Id == id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (mode)
        {
            case "subscribe" when s is not null && s.TopicUrl == topic && s.State != WebSubState.Failed && !string.IsNullOrEmpty(challenge):
                s.State = WebSubState.Active;
                s.VerifiedAt = now;
                var lease = int.TryParse(leaseSeconds, out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : _options.WebSubLease;
                s.LeaseExpiresAt = now + lease;
                s.LastError = null;
                await db.SaveChangesAsync(ct);
                return challenge;
            case "unsubscribe" when !string.IsNullOrEmpty(challenge) && (s is null || s.TopicUrl != topic || s.State != WebSubState.Active):
                return challenge;
            case "denied" when s is not null && s.TopicUrl == topic:
                s.State = WebSubState.Failed;
                s.LastError = StoredText.Clip($"The hub denied the subscription{(string.IsNullOrWhiteSpace(reason) ? "" : $": {reason}")}.", FeedLengths.Error);
                await db.SaveChangesAsync(ct);
                return "";
            default:
                return null;
        }
    }

    /// <summary>Ingests a content distribution. Unknown subscriptions and bad signatures are ignored (and said so).</summary>
    public async Task<PushOutcome> ReceiveAsync(int id, byte[] body, string? signature, CancellationToken ct)
    {
        var s = await Subscriptions.Include(x => x.Feed).ThenInclude(f => f!.Outlet).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s?.Feed?.Outlet is not { } outlet) return PushOutcome.Unknown;
        if (!WebSubSignature.IsValid(signature, System.Text.Encoding.UTF8.GetBytes(s.Secret), body))
        {
            logger.LogWarning("WebSub push for feed {FeedId} ignored: missing or wrong signature", s.FeedId);
            return PushOutcome.BadSignature;
        }
        var parsed = FeedParser.Parse(body, new FeedParseOptions
        {
            BaseUri = Uri.TryCreate(s.TopicUrl, UriKind.Absolute, out var topic) ? topic : null,
            DefaultOffset = IndonesianTime.OffsetOfProvince(outlet.ProvinceCode),
        });
        var ingested = parsed.Feed is { } feed
            ? await ingestor.IngestAsync(outlet, s.FeedId, feed.Entries.Select(FeedPoller.ToIncoming).OfType<IncomingArticle>().ToList(), ct)
            : IngestResult.Nothing;
        if (outlet.FetchFullText) fullText.EnqueueMissingBodies(ingested.Stored);
        s.LastPushAt = clock.GetUtcNow().UtcDateTime;
        s.Pushes++;
        s.LastError = StoredText.ClipOrNull(parsed.Feed is null ? $"The last push was not a feed: {parsed.Error}"
            : ingested.Skipped is [var skip, ..] ? $"{ingested.Skipped.Count} item(s) of the last push skipped: {skip.Reason} (guid {skip.Guid})" : null, FeedLengths.Error);
        await db.SaveChangesAsync(ct);
        return PushOutcome.Ingested;
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

public enum PushOutcome { Ingested, BadSignature, Unknown }
