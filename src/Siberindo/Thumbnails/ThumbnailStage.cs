using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Crawling;
using Siberindo.Hosting;
using Siberindo.Storage;
using Siberindo.Core.Text;

namespace Siberindo.Thumbnails;

/// <summary>
/// Makes the thumbnails ingest asked for (<see cref="ThumbnailRequests"/>), off the feed-polling path: fetches each
/// picture through the crawler's fetcher (address guard, redirects re-checked, a byte cap and a timeout of its own),
/// makes the thumbnail, records how it went. A few pictures are fetched at once, each host within the crawler's
/// per-host limit, and decoded one at a time, so a large photo's pixels are in memory once and decoding takes at
/// most one core from the web process. Only the holder of the "thumbnails" lease works, so two workers never fetch
/// the same picture.
/// </summary>
public sealed class ThumbnailStage(IServiceScopeFactory scopes, HostThrottle throttle, Notifications notifications,
    IOptions<ThumbnailOptions> options, TimeProvider clock, NodeRole role, IMeterFactory meters, ILogger<ThumbnailStage> logger) : LeasedStage(LeaseName, scopes, clock)
{
    public const string LeaseName = "thumbnails";

    readonly SemaphoreSlim _decoding = new(1, 1);
    readonly ThumbnailOptions _options = options.Value;
    readonly Counter<long> _attempts = meters.Create(Observability.MeterName).CreateCounter<long>("siberindo.thumbnails",
        description: "Attempts at card pictures, by outcome: stored, refused (for good), retry, gave_up");

    /// <summary>Ingest wakes the stage; the interval only picks up retries falling due and other nodes' articles.</summary>
    public override TimeSpan PollInterval => TimeSpan.FromSeconds(30);

    /// <summary>
    /// Small batches (twice the fetches at once): a batch's pictures are fetched before its results are written, and
    /// the lease (60 s) must outlast a batch of slow servers.
    /// </summary>
    int BatchSize => Math.Max(1, _options.Concurrency) * 2;

    public override async Task<int?> RunPendingAsync(CancellationToken ct)
    {
        if (!role.RunsWorkers()) return null;
        await Gate.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                await using var scope = Scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
                if (!await Lease.TryTakeAsync(db, Now, ct)) return total == 0 ? null : total;
                var now = Now;
                var due = await db.Set<ArticleThumbnail>().AsNoTracking()
                    .Where(t => t.NextAttemptAt != null && t.NextAttemptAt <= now)
                    .OrderBy(t => t.NextAttemptAt).ThenBy(t => t.ArticleId).Take(BatchSize)
                    .Select(t => new Job(t.ArticleId, t.SourceUrl))
                    .ToListAsync(ct);
                if (due.Count == 0) return total;

                var fetcher = scope.ServiceProvider.GetRequiredService<FeedFetcher>();
                using var fetching = new SemaphoreSlim(Math.Max(1, _options.Concurrency));
                var outcomes = await Task.WhenAll(due.Select(async job =>
                {
                    await fetching.WaitAsync(ct);
                    try { return await AttemptAsync(fetcher, job, ct); }
                    finally { fetching.Release(); }
                }));
                await RecordAsync(db, outcomes, ct);
                total += due.Count;
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    sealed record Job(long ArticleId, string SourceUrl);

    /// <summary>How one attempt went: a thumbnail, a refusal for good, or a failure worth another try.</summary>
    sealed record Outcome(long ArticleId, byte[]? Webp, string? Error, bool MayPass);

    async Task<Outcome> AttemptAsync(FeedFetcher fetcher, Job job, CancellationToken ct)
    {
        if (!Uri.TryCreate(job.SourceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return new Outcome(job.ArticleId, null, $"Only http and https pictures are fetched, not '{job.SourceUrl}'", MayPass: false);
        try
        {
            FetchResult fetched;
            using (await throttle.EnterAsync(url.Host, ct))
                fetched = await fetcher.FetchImageAsync(url, _options.MaxImageBytes, _options.RequestTimeout, ct);
            if (fetched.Outcome != FetchOutcome.Fetched || fetched.Body is null)
                return new Outcome(job.ArticleId, null, fetched.Error ?? "no body", MayPass(fetched));

            ThumbnailResult made;
            await _decoding.WaitAsync(ct);
            try { made = ThumbnailMaker.Make(fetched.Body, _options.MaxPixels, _options.MaxThumbnailBytes); }
            finally { _decoding.Release(); }
            if (made.Webp is null) logger.LogInformation("Picture {Url} of article {Id} refused: {Reason}", url, job.ArticleId, made.Refusal);
            return new Outcome(job.ArticleId, made.Webp, made.Refusal, MayPass: false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // One bad picture never stops the batch: whatever went wrong is recorded on its own row.
            logger.LogWarning(e, "Thumbnail of article {Id} ({Url}) failed", job.ArticleId, url);
            return new Outcome(job.ArticleId, null, $"failed: {e.Message}", MayPass: true);
        }
    }

    /// <summary>
    /// Timeouts, broken connections, 5xx, 408 and 429 may pass; a refused address, a picture over the cap, any other
    /// 4xx and everything about the content will not, and are not fetched again.
    /// </summary>
    static bool MayPass(FetchResult fetched) => !fetched.Refused && !fetched.OverCap && fetched.StatusCode switch
    {
        null => true,
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => true,
        var status => (int)status >= 500,
    };

    async Task RecordAsync(SiberindoDb db, Outcome[] outcomes, CancellationToken ct)
    {
        var ids = outcomes.Select(o => o.ArticleId).ToList();
        var now = Now;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await Lease.RenewOrThrowAsync(db, now, ct);
            var rows = await db.Set<ArticleThumbnail>().Where(t => ids.Contains(t.ArticleId)).ToDictionaryAsync(t => t.ArticleId, ct);
            foreach (var outcome in outcomes)
            {
                if (!rows.TryGetValue(outcome.ArticleId, out var row)) continue; // the article was deleted meanwhile
                row.Attempts++;
                row.UpdatedAt = now;
                row.Error = StoredText.ClipOrNull(outcome.Error, ArticleThumbnail.ErrorLength);
                row.NextAttemptAt = null;
                if (outcome.Webp is { } webp)
                {
                    row.State = ThumbnailState.Stored;
                    row.Webp = webp;
                    row.Version = Convert.ToHexStringLower(SHA256.HashData(webp))[..12];
                }
                else if (!outcome.MayPass) row.State = ThumbnailState.Refused;
                else if (row.Attempts >= _options.MaxAttempts) row.State = ThumbnailState.GaveUp;
                else row.NextAttemptAt = now + _options.RetryDelay * Math.Pow(4, row.Attempts - 1);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            foreach (var row in rows.Values)
                _attempts.Add(1, new KeyValuePair<string, object?>("outcome", row.State switch
                {
                    ThumbnailState.Stored => "stored",
                    ThumbnailState.Refused => "refused",
                    ThumbnailState.GaveUp => "gave_up",
                    _ => "retry",
                }));
        }

        var stored = outcomes.Where(o => o.Webp is not null).Select(o => o.ArticleId).ToList();
        if (stored.Count == 0) return;
        // Cards that now have a picture: the lists at once (coalesced), and each story page that shows one.
        notifications.Publish(new ArticlesChanged());
        var stories = await db.Articles.AsNoTracking().Where(a => stored.Contains(a.Id) && a.StoryId != null)
            .Select(a => a.StoryId!.Value).Distinct().ToListAsync(ct);
        foreach (var story in stories) await notifications.PublishAsync(new StoryChanged(story), ct);
    }

    /// <summary>Pictures due now, whoever will fetch them.</summary>
    public override async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var now = Now;
        return await scope.ServiceProvider.GetRequiredService<SiberindoDb>().Set<ArticleThumbnail>()
            .CountAsync(t => t.NextAttemptAt != null && t.NextAttemptAt <= now, ct);
    }
}
