using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Articles;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Stories;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Storage;
using Siberindo.Stories;
using Siberindo.Core.Text;

namespace Siberindo.Releases;

/// <summary>
/// Pickup detection (a pipeline stage under the "pickup" lease): every article stored after the cursor is matched
/// against the releases that are out and recent (<see cref="ReleaseMatcher"/>, the story engine's copy and story
/// tests), and what it carries is stored as a <see cref="ReleasePickup"/>. Ingest wakes it through
/// <see cref="ArticlesStored"/> and never waits for it; it reads the article stream in id order, coming back for ids
/// that another transaction had not committed yet (PostgreSQL may commit them out of order).
/// </summary>
public sealed class PickupStage(IServiceScopeFactory scopes, TimeProvider clock, NodeRole role, RegionCatalog regions,
    IOptions<StoriesOptions> stories, IOptions<ReleaseOptions> options, EmbargoWatch embargo, ILogger<PickupStage> logger) : LeasedStage(LeaseName, scopes, clock)
{
    public const string LeaseName = "pickup";
    const int BatchSize = 500;
    static readonly TimeSpan GapPatience = TimeSpan.FromMinutes(2), Rebuild = TimeSpan.FromHours(6);
    readonly Dictionary<long, DateTime> _gaps = [];
    ReleaseMatcher? _matcher;
    Dictionary<long, int> _versions = [];
    DateTime _builtAt;
    bool _subscribed;

    public override TimeSpan PollInterval => options.Value.PollInterval;
    public override Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (!_subscribed) { embargo.Lifted += Notify; _subscribed = true; }
        return base.WaitForWorkAsync(timeout, ct);
    }

    TimeSpan Horizon => stories.Value.CopyHorizon;

    public override async Task<int?> RunPendingAsync(CancellationToken ct)
    {
        if (!role.RunsWorkers()) return null;
        return await Lease.RunAsync(Gate, Scopes, Now, async (_, db, anew) =>
        {
            if (anew) _matcher = null;
            await RefreshReleasesAsync(db, ct);
            var total = 0;
            while (true)
            {
                var done = await MatchBatchAsync(db, ct);
                total += done;
                if (done < BatchSize) break;
            }
            return total;
        }, () => _matcher = null, ct);
    }

    public override async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        var cursor = await db.Set<ReleaseCursor>().Where(c => c.Name == LeaseName).Select(c => (long?)c.Position).SingleOrDefaultAsync(ct) ?? 0;
        return await db.Articles.CountAsync(a => a.Id > cursor, ct);
    }

    protected override void LeaseReleased() => _matcher = null;

    /// <summary>Keeps the matcher's releases those that are out within the copy horizon: new ones added, corrected ones replaced, withdrawn ones dropped.</summary>
    async Task RefreshReleasesAsync(SiberindoDb db, CancellationToken ct)
    {
        var now = Now;
        if (_matcher is null || now - _builtAt > Rebuild)
        {
            _matcher = new ReleaseMatcher(new StoryIndexOptions { CopyHorizon = Horizon },
                new PlaceNames(regions.Regencies.Select(r => r.Name), regions.Provinces.Select(p => p.Name)));
            _versions = [];
            _builtAt = now;
        }
        var since = now - Horizon - ReleaseMatcher.EarlyTolerance;
        var live = await db.Set<Release>().AsNoTracking().Out(now).Where(r => r.EmbargoUntil >= since)
            .Select(r => new { r.Id, r.Version }).ToDictionaryAsync(r => r.Id, r => r.Version, ct);
        foreach (var gone in _versions.Keys.Where(id => !live.ContainsKey(id)).ToList()) { _matcher.Remove(gone); _versions.Remove(gone); }
        var changed = live.Where(kv => _versions.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => kv.Key).ToList();
        foreach (var ids in changed.Chunk(200))
        {
            var texts = await db.Set<Release>().AsNoTracking().Out(now).Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Version, r.Headline, r.BodyHtml, r.EmbargoUntil }).ToListAsync(ct);
            foreach (var r in texts.OrderBy(r => r.EmbargoUntil))
            {
                _matcher.Add(new ReleaseText(r.Id, r.Headline, HtmlText.FromHtml(r.BodyHtml) ?? "", new DateTimeOffset(r.EmbargoUntil!.Value, TimeSpan.Zero)));
                _versions[r.Id] = r.Version;
            }
        }
    }

    async Task<int> MatchBatchAsync(SiberindoDb db, CancellationToken ct)
    {
        var matcher = _matcher!;
        var now = Now;
        var cursor = await db.Set<ReleaseCursor>().SingleOrDefaultAsync(c => c.Name == LeaseName, ct);
        if (cursor is null)
        {
            // A new installation (or the first run after this feature arrived) starts with the articles that can still
            // carry a release that is out; the archive before them cannot.
            var since = now - Horizon - ReleaseMatcher.EarlyTolerance;
            var first = await db.Articles.Where(a => a.Fetched >= since).MinAsync(a => (long?)a.Id, ct);
            cursor = new ReleaseCursor { Name = LeaseName, Position = (first ?? await db.Articles.MaxAsync(a => (long?)a.Id, ct) + 1 ?? 1) - 1 };
            db.Add(cursor);
        }
        foreach (var old in _gaps.Where(g => now - g.Value > GapPatience).Select(g => g.Key).ToList()) _gaps.Remove(old);
        var position = cursor.Position;
        var gapIds = _gaps.Keys.Take(BatchSize).ToList();
        var batch = await db.Articles.AsNoTracking().Where(a => a.Id > position || gapIds.Contains(a.Id)).OrderBy(a => a.Id).Take(BatchSize)
            .Select(a => new { a.Id, a.OutletId, Outlet = a.Outlet!.Domain, a.Title, a.Body, a.Summary, a.Published }).ToListAsync(ct);
        var fresh = batch.Where(a => a.Id > position).Select(a => a.Id).ToList();
        if (fresh.Count > 0)
        {
            var seen = fresh.ToHashSet();
            for (var id = position + 1; id < fresh[^1]; id++) if (!seen.Contains(id)) _gaps.TryAdd(id, now);
        }
        foreach (var a in batch) _gaps.Remove(a.Id);

        var found = new List<ReleasePickup>();
        if (matcher.Count > 0)
        {
            foreach (var a in batch)
            {
                var published = new DateTimeOffset(DateTime.SpecifyKind(a.Published, DateTimeKind.Utc));
                var fp = matcher.Fingerprint(new StoryArticle(a.Id, a.Outlet, a.Title, ArticleText.Full(a.Body, a.Summary), published));
                found.AddRange(matcher.Match(fp).Select(m => new ReleasePickup
                {
                    ReleaseId = m.ReleaseId, ArticleId = a.Id, OutletId = a.OutletId, Kind = m.Kind, Score = Math.Round(m.Score, 4),
                    ArticlePublished = a.Published, MatchedAt = now,
                }));
            }
        }
        if (found.Count > 0)
        {
            var articleIds = found.Select(f => f.ArticleId).Distinct().ToList();
            var existing = (await db.Set<ReleasePickup>().Where(p => articleIds.Contains(p.ArticleId)).Select(p => new { p.ReleaseId, p.ArticleId }).ToListAsync(ct))
                .Select(p => (p.ReleaseId, p.ArticleId)).ToHashSet();
            db.AddRange(found.Where(f => !existing.Contains((f.ReleaseId, f.ArticleId))));
        }
        if (fresh.Count > 0) cursor.Position = fresh[^1];
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await Lease.RenewOrThrowAsync(db, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        if (found.Count > 0)
        {
            embargo.PagesChanged();
            logger.LogDebug("{Count} pickup(s) found in {Articles} article(s)", found.Count, batch.Count);
        }
        return fresh.Count;
    }
}
