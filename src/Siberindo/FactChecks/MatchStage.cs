using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Core.FactChecks;
using Siberindo.Core.Text;
using Siberindo.Hosting;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.FactChecks;

/// <summary>
/// Claim matching (a pipeline stage under the "cekfakta" lease): every article stored after the cursor is compared
/// with the known claims (<see cref="ClaimMatcher"/>); what resembles one is stored as a <see cref="FactCheckMatch"/>,
/// suggested or, above the confident threshold, labelled. Ingest wakes it through the <see cref="ArticlesStored"/> notification; the
/// registry through <see cref="FactCheckEvents"/>, and then a new or corrected check is also matched against the
/// recent archive. A pair that exists (a rejection included) is never stored again. While no check is published the
/// stage reads no article: it only moves its cursor to the stream's end (the archive match of the first check covers
/// what it passed over). Word rarity comes from the search index's counts (<see cref="IndexedWordRarity"/>).
/// </summary>
public sealed class MatchStage(IServiceScopeFactory scopes, TimeProvider clock, NodeRole role, FactCheckEvents checks,
    Notifications notifications, IConfiguration configuration, IMeterFactory meters, ILogger<MatchStage> logger) : LeasedStage(LeaseName, scopes, clock)
{
    public const string LeaseName = "cekfakta";
    const int BatchSize = 500;
    /// <summary>The least score worth a checker's look; below it a resemblance is the topic, not the claim.</summary>
    public const double SuggestScore = 0.35;
    /// <summary>How far back a new check looks for articles that already carried its claim.</summary>
    public static readonly TimeSpan ArchiveWindow = TimeSpan.FromDays(30);
    ClaimMatcher? _matcher;
    IndexedWordRarity? _rarity;
    Dictionary<long, int> _versions = [];
    bool _subscribed;
    // What the stage costs the pipeline: zero while no check is published, whatever the crawl stores.
    readonly Counter<long> _analysed = meters.Create(Observability.MeterName).CreateCounter<long>("siberindo.cekfakta.analysed",
        description: "Articles the claim-matching stage analysed and matched against the published checks");

    /// <summary>The word rarity the matcher weighs with (null until the stage first ran under its lease).</summary>
    internal TermStatistics? Statistics => _rarity?.Statistics;

    public override TimeSpan PollInterval => TimeSpan.FromSeconds(5);

    public override Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (!_subscribed) { checks.Changed += Notify; _subscribed = true; }
        return base.WaitForWorkAsync(timeout, ct);
    }

    public override async Task<int?> RunPendingAsync(CancellationToken ct)
    {
        if (!role.RunsWorkers()) return null;
        return await Lease.RunAsync(Gate, Scopes, Now, async (scope, db, anew) =>
        {
            if (anew) LeaseReleased();
            var changed = await RefreshClaimsAsync(db, ct);
            var total = 0;
            if (changed.Count > 0) total += await MatchArchiveAsync(db, changed, ct);
            while (true)
            {
                var done = await MatchBatchAsync(db, ct);
                total += done;
                if (done < BatchSize) break;
            }
            // Outlets whose articles were labelled are told by mail (once each; a failed mail stays pending).
            if (total > 0) await scope.ServiceProvider.GetRequiredService<OutletNotices>().MailPendingAsync(configuration["Crawler:PublicBaseUrl"], ct);
            return total;
        }, LeaseReleased, ct);
    }

    public override async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        var cursor = await db.Set<FactCheckCursor>().Where(c => c.Name == LeaseName).Select(c => (long?)c.Position).SingleOrDefaultAsync(ct) ?? 0;
        return await db.Articles.CountAsync(a => a.Id > cursor, ct);
    }

    protected override void LeaseReleased() => (_matcher, _rarity) = (null, null);

    /// <summary>Brings the matcher's claims up to date; returns the ids of checks that are new or corrected since.</summary>
    async Task<List<long>> RefreshClaimsAsync(SiberindoDb db, CancellationToken ct)
    {
        var first = _matcher is null;
        if (first)
        {
            var statistics = new TermStatistics();
            _rarity = new IndexedWordRarity(statistics);
            (_matcher, _versions) = await ClaimIndex.BuildAsync(db, statistics, ct);
            // Checks published while no stage ran have not seen the archive: those without any match yet.
            var matched = await db.Set<FactCheckMatch>().Select(m => m.FactCheckId).Distinct().ToListAsync(ct);
            return _versions.Keys.Except(matched).ToList();
        }
        var live = await db.Set<FactCheck>().AsNoTracking().Select(f => new { f.Id, f.Version }).ToDictionaryAsync(f => f.Id, f => f.Version, ct);
        foreach (var gone in _versions.Keys.Where(id => !live.ContainsKey(id)).ToList()) { _matcher!.Remove(gone); _versions.Remove(gone); }
        var changed = live.Where(kv => _versions.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => kv.Key).ToList();
        foreach (var ids in changed.Chunk(200))
            foreach (var f in await db.Set<FactCheck>().AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(ct))
            {
                _matcher!.Add(ClaimIndex.TextOf(f));
                _versions[f.Id] = f.Version;
            }
        return changed;
    }

    sealed record Row(long Id, int OutletId, long? StoryId, string Title, string? Body, string? Summary);

    async Task<int> MatchArchiveAsync(SiberindoDb db, List<long> claimIds, CancellationToken ct)
    {
        var since = Now - ArchiveWindow;
        var wanted = claimIds.ToHashSet();
        var found = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking().Where(a => a.Fetched >= since && a.Id > after).OrderBy(a => a.Id).Take(BatchSize)
                .Select(a => new Row(a.Id, a.OutletId, a.StoryId, a.Title, a.Body, a.Summary)).ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            found += await StoreAsync(db, batch, wanted, ct);
        }
        return found;
    }

    async Task<int> MatchBatchAsync(SiberindoDb db, CancellationToken ct)
    {
        var cursor = await db.Set<FactCheckCursor>().SingleOrDefaultAsync(c => c.Name == LeaseName, ct);
        if (cursor is null)
        {
            // A new installation starts with the articles stored from now on; the archive is matched per check.
            cursor = new FactCheckCursor { Name = LeaseName, Position = await db.Articles.MaxAsync(a => (long?)a.Id, ct) ?? 0 };
            db.Add(cursor);
            await db.SaveChangesAsync(ct);
        }
        if (_matcher!.Count == 0) return await SkipToEndAsync(db, cursor, ct);
        var position = cursor.Position;
        var batch = await db.Articles.AsNoTracking().Where(a => a.Id > position).OrderBy(a => a.Id).Take(BatchSize)
            .Select(a => new Row(a.Id, a.OutletId, a.StoryId, a.Title, a.Body, a.Summary)).ToListAsync(ct);
        if (batch.Count == 0) return 0;
        cursor.Position = batch[^1].Id;
        await StoreAsync(db, batch, null, ct);
        return batch.Count;
    }

    /// <summary>
    /// No claim to match: the cursor moves to the newest article without reading any (one indexed MAX). Returns 0 so
    /// the caller's loop ends; a check published later is matched against the archive these articles are in.
    /// </summary>
    async Task<int> SkipToEndAsync(SiberindoDb db, FactCheckCursor cursor, CancellationToken ct)
    {
        var newest = await db.Articles.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        if (newest <= cursor.Position) return 0;
        cursor.Position = newest;
        await SaveAsync(db, ct);
        db.ChangeTracker.Clear();
        return 0;
    }

    async Task SaveAsync(SiberindoDb db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await Lease.RenewOrThrowAsync(db, Now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    async Task<int> StoreAsync(SiberindoDb db, List<Row> batch, HashSet<long>? only, CancellationToken ct)
    {
        var matcher = _matcher!;
        var now = Now;
        var found = new List<(FactCheckMatch Match, long? Story)>();
        var analysed = batch.Select(a => ClaimMatcher.Analyse(a.Title, ArticleText.Full(a.Body, a.Summary))).ToList();
        _analysed.Add(analysed.Count);
        await _rarity!.PrepareAsync(db, analysed.SelectMany(t => t.Distinct).Concat(matcher.Terms()), ct);
        for (var i = 0; i < batch.Count; i++)
        {
            var a = batch[i];
            var result = matcher.Match(analysed[i]);
            foreach (var m in result.Ranked.Where(m => m.Score >= SuggestScore && (only is null || only.Contains(m.ClaimId))))
            {
                var state = result.Confident?.ClaimId == m.ClaimId ? MatchState.Labelled : MatchState.Suggested;
                found.Add((new FactCheckMatch
                {
                    FactCheckId = m.ClaimId, ArticleId = a.Id, OutletId = a.OutletId, Score = m.Score, Relation = ClaimIndex.RelationOf(m.Relation),
                    State = state, MatchedAt = now,
                }, a.StoryId));
            }
        }
        var fresh = found;
        if (found.Count > 0)
        {
            var ids = found.Select(f => f.Match.ArticleId).Distinct().ToList();
            var existing = (await db.Set<FactCheckMatch>().Where(m => ids.Contains(m.ArticleId)).Select(m => new { m.ArticleId, m.FactCheckId }).ToListAsync(ct))
                .Select(m => (m.ArticleId, m.FactCheckId)).ToHashSet();
            fresh = found.Where(f => !existing.Contains((f.Match.ArticleId, f.Match.FactCheckId))).ToList();
            db.AddRange(fresh.Select(f => f.Match));
        }
        await SaveAsync(db, ct);
        db.ChangeTracker.Clear();
        var labelled = fresh.Where(f => f.Match.State == MatchState.Labelled).ToList();
        if (labelled.Count > 0)
        {
            notifications.Publish(new ArticlesChanged());
            foreach (var story in labelled.Select(f => f.Story).OfType<long>().Distinct()) await notifications.PublishAsync(new StoryChanged(story), ct);
            logger.LogInformation("{Count} article(s) labelled with a fact-check", labelled.Count);
        }
        return fresh.Count;
    }
}
