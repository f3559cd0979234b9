using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Articles;
using Siberindo.Core.Stories;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Storage;
using Siberindo.Stories.Corrections;
using Siberindo.Core.Text;

namespace Siberindo.Stories;

/// <summary>
/// Puts stored articles into stories, in the order it sees them (publication time within each batch), through the
/// in-memory <see cref="StoryIndex"/>. Only the holder of the "stories" lease assigns; when it takes the lease it first
/// restores the index from the stored fingerprints, so another process's work is never lost or redone.
/// Each batch is one transaction: fingerprints, the articles' assignments, every assignment the index changed
/// (re-pointed copies, merged stories), story rows, redirects of merged stories and correction follow-ups of new copies.
/// <para>
/// Memory follows the news flow, not the archive: the index holds only the articles a new one can still be compared
/// with (published within the copy horizon plus the story window of the newest), plus the originals and story sources
/// those point to so that attribution stays exact. Once the articles it assigned span one and a half windows it is
/// rebuilt from the database, which lets the older ones go: memory stays within that much news however large the
/// archive, and a year-long archive import rebuilds about forty times (each time the newest article has moved half a
/// window on).
/// </para>
/// </summary>
public sealed class StoryAssigner(
    IServiceScopeFactory scopes, Notifications notifications, TimeProvider clock, IOptions<StoriesOptions> options,
    RegionCatalog regions, NodeRole role, ILogger<StoryAssigner> logger) : LeasedStage(LeaseName, scopes, clock)
{
    public const string LeaseName = "stories";
    // Rebuilding when the index spans this many windows bounds its memory at that many windows of news; each rebuild
    // reads one window back from the database (seconds per hundred thousand articles).
    const double MaxWindowsHeld = 1.5;
    readonly StoryIndexOptions _indexOptions = new() { CopyHorizon = options.Value.CopyHorizon };
    // Where events happen, from the region catalog: a report from another regency is another event.
    readonly PlaceNames _places = new(regions.Regencies.Select(r => r.Name), regions.Provinces.Select(p => p.Name));
    TimeSpan Window => _indexOptions.CopyHorizon + _indexOptions.StoryWindow;
    const int BatchSize = 500;
    const int IdChunk = 500;

    StoryIndex? _index;
    long _sequence;
    DateTime? _windowStart; // null while the index is empty
    DateTime _newestAssigned;

    public override TimeSpan PollInterval => options.Value.PollInterval;

    /// <summary>Whether this process may assign: not on a web-only node (<c>Node:Role=web</c>) nor with <c>Stories:Assign=false</c>.</summary>
    public bool Enabled => options.Value.Assign && role.RunsWorkers();

    public override Task<int?> RunPendingAsync(CancellationToken ct) => AssignPendingAsync(ct);

    /// <summary>The assignment this process's index holds for an article (null when it does not hold the lease).</summary>
    public StoryAssignment? AssignmentOf(long articleId) => _index?.GetAssignment(articleId);

    /// <summary>Assigns every unassigned article. Returns how many, or null when another process holds the lease
    /// or this one may not assign (<see cref="StoriesOptions.Assign"/> off: a web-only node).</summary>
    public async Task<int?> AssignPendingAsync(CancellationToken ct = default)
    {
        if (!Enabled) return null;
        await Gate.WaitAsync(ct);
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            // Another process may have assigned while this one did not hold the lease: start from the database.
            var held = Lease.Held;
            if (!await Lease.TryTakeAsync(db, Now, ct) || !held) _index = null;
            if (!Lease.Held) return null;
            var total = 0;
            while (true)
            {
                // Articles older than the window can no longer match anything new: rebuilding lets them leave memory.
                if (_index is null || _newestAssigned - _windowStart > MaxWindowsHeld * Window) await RestoreAsync(db, ct);
                try
                {
                    await ApplyDecisionsAsync(db, ct);
                }
                catch
                {
                    // The index may hold a decision the database does not: rebuild it from the database next time.
                    _index = null;
                    throw;
                }
                var batch = await db.Articles.AsNoTracking()
                    .Where(a => a.StoryId == null)
                    .OrderBy(a => a.Published).ThenBy(a => a.Id)
                    .Take(BatchSize)
                    .Select(a => new Pending(a.Id, a.Outlet!.Domain, a.Title, a.Body, a.Summary, a.Published))
                    .ToListAsync(ct);
                if (batch.Count == 0)
                {
                    total += await RefreshAsync(db, ct);
                    break;
                }
                var batchTimer = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    await AssignBatchAsync(scope.ServiceProvider, db, batch, ct);
                }
                catch
                {
                    // The index already holds the batch; the database does not. Rebuild from the database next time.
                    _index = null;
                    throw;
                }
                db.ChangeTracker.Clear();
                total += batch.Count;
                // While feeds are still delivering (ingest woke us during the batch), give the crawler as much time as
                // the batch took: storing news comes first, grouping it can trail a burst by seconds and catch up after.
                if (WorkerRunning && batch.Count == BatchSize && WokenMeanwhile) await Task.Delay(batchTimer.Elapsed, ct);
            }
            return total;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Returns once no article is left unassigned (see <see cref="PipelineStages.DrainAsync"/>).</summary>
    public Task AssignAllAsync(TimeSpan timeout, CancellationToken ct = default) => this.DrainAsync(Clock, timeout, ct);

    protected override void LeaseReleased() => _index = null;

    public override async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        return await db.Articles.CountAsync(a => a.StoryId == null, ct) + await db.Set<StoryRefresh>().CountAsync(ct);
    }

    async Task RestoreAsync(SiberindoDb db, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var index = new StoryIndex(_indexOptions, _places);
        var cutoff = await WindowStartAsync(db, ct);
        var recent = db.Articles.Where(a => cutoff != null && a.Published >= cutoff);
        var wanted = recent.Select(a => a.Id)
            .Concat(recent.Where(a => a.CopyOfId != null).Select(a => a.CopyOfId!.Value))
            .Concat(from a in recent join st in db.Set<Story>() on a.StoryId equals st.Id select st.SourceArticleId);
        var stored =
            from f in db.Set<StoryFingerprint>().AsNoTracking()
            join a in db.Articles on f.ArticleId equals a.Id
            where wanted.Contains(f.ArticleId)
            orderby f.Sequence
            select new { Row = f, a.StoryId, a.CopyOfId };
        // Streamed: a fingerprint's terms and paragraph hashes are not kept by the index, so they never pile up here.
        await Task.Run(() => index.Restore(stored.AsEnumerable().Select(r =>
            (FingerprintCodec.FromRow(r.Row), new StoryAssignment(r.Row.ArticleId, r.StoryId ?? r.Row.ArticleId, r.CopyOfId)))), ct);
        // Hand splits hold through every restore: automatic merges must not join those stories again.
        var splits = await db.Set<StoryDecision>().AsNoTracking()
            .Where(d => d.Kind == StoryDecisionKind.Split && d.AppliedAt != null && d.OtherStoryId != null)
            .Select(d => new { d.StoryId, d.OtherStoryId }).ToListAsync(ct);
        foreach (var split in splits) index.KeepApart(split.StoryId, split.OtherStoryId!.Value);
        _index = index;
        // The sequence continues from the newest stored fingerprint, which the window may have left out.
        _sequence = await db.Set<StoryFingerprint>().MaxAsync(f => (long?)f.Sequence, ct) ?? 0;
        _windowStart = cutoff;
        _newestAssigned = cutoff is { } start ? start + Window : default;
        logger.LogInformation("Story index restored: {Count} article(s) published since {Cutoff:u} in {Elapsed} ms",
            index.Count, cutoff, started.ElapsedMilliseconds);
    }

    /// <summary>
    /// The oldest publication time a new article can still be matched against: copies are looked for within the copy
    /// horizon and stories joined within the story window. Counted back from the newest assigned article (not from now,
    /// so an imported archive keeps its stories), but never from the future a wrong feed date may claim. Null when
    /// nothing is assigned yet.
    /// </summary>
    async Task<DateTime?> WindowStartAsync(SiberindoDb db, CancellationToken ct)
    {
        var newest = await db.Articles.Where(a => a.StoryId != null).OrderByDescending(a => a.Published)
            .Select(a => (DateTime?)a.Published).FirstOrDefaultAsync(ct);
        if (newest is not { } n) return null;
        var now = Now;
        return DateTime.SpecifyKind((n < now ? n : now) - Window, DateTimeKind.Utc);
    }

    async Task AssignBatchAsync(IServiceProvider services, SiberindoDb db, List<Pending> batch, CancellationToken ct)
    {
        var index = _index!;
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var assignments = new Dictionary<long, StoryAssignment>();
        var fingerprints = new List<StoryFingerprint>(batch.Count);
        foreach (var p in batch)
        {
            var fp = index.Fingerprint(ToStoryArticle(p));
            var update = index.Add(fp);
            fingerprints.Add(FingerprintCodec.ToRow(fp, ++_sequence));
            assignments[update.Assignment.ArticleId] = update.Assignment;
            foreach (var changed in update.Changed) assignments[changed.ArticleId] = changed;
        }

        var indexTime = timer.Elapsed;
        _windowStart ??= DateTime.SpecifyKind(batch[0].Published - Window, DateTimeKind.Utc);
        var newestInBatch = batch.Max(p => p.Published);
        if (newestInBatch > _newestAssigned && newestInBatch <= Now) _newestAssigned = newestInBatch;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await Lease.RenewOrThrowAsync(db, Now, ct);
        db.AddRange(fingerprints);

        var (affected, newCopies) = await WriteAssignmentsAsync(db, index, assignments, ct);
        var corrected = await CorrectionFollowUps.AddForCopiesAsync(db, newCopies, Now, ct);
        await transaction.CommitAsync(ct);
        logger.LogDebug("Assigned {Count} article(s): index {IndexMs:0.0} ms, database {DbMs:0.0} ms, {Changed} assignment(s) written",
            batch.Count, indexTime.TotalMilliseconds, (timer.Elapsed - indexTime).TotalMilliseconds, assignments.Count);

        await EvictAsync(affected, ct);
        // Outlets whose new copies must follow an earlier correction hear of it as the others did.
        if (corrected.Count > 0)
        {
            var notices = services.GetRequiredService<CorrectionService>();
            foreach (var correction in corrected) await notices.NotifyAsync(correction, ct);
        }
    }

    /// <summary>
    /// Fingerprints again the articles whose text changed after they were assigned (<see cref="StoryRefresh"/>): the
    /// stored fingerprint takes the new text and keeps its place in the replay order, and the index compares later
    /// articles with it (<see cref="StoryIndex.Refresh"/>). The articles keep their story. One transaction per batch,
    /// under the lease. An article not yet assigned needs nothing: its assignment will read the new text.
    /// </summary>
    async Task<int> RefreshAsync(SiberindoDb db, CancellationToken ct)
    {
        var index = _index!;
        var done = 0;
        while (true)
        {
            var entries = await db.Set<StoryRefresh>().AsNoTracking().OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (entries.Count == 0) return done;
            var ids = entries.Select(e => e.ArticleId).Distinct().ToList();
            var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.StoryId != null)
                .Select(a => new Pending(a.Id, a.Outlet!.Domain, a.Title, a.Body, a.Summary, a.Published)).ToListAsync(ct);
            var rows = await db.Set<StoryFingerprint>().Where(f => ids.Contains(f.ArticleId)).ToDictionaryAsync(f => f.ArticleId, ct);
            var fingerprints = new List<ArticleFingerprint>();
            foreach (var p in articles)
            {
                if (!rows.TryGetValue(p.Id, out var row)) continue;
                var fp = index.Fingerprint(ToStoryArticle(p));
                fingerprints.Add(fp);
                // The row keeps its sequence: a restore replays it where the article was first assigned.
                db.Entry(row).CurrentValues.SetValues(FingerprintCodec.ToRow(fp, row.Sequence));
            }
            var last = entries[^1].Id;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await Lease.RenewOrThrowAsync(db, Now, ct);
            await db.SaveChangesAsync(ct);
            await db.Set<StoryRefresh>().Where(r => r.Id <= last).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var fp in fingerprints) index.Refresh(fp);
            done += fingerprints.Count;
            logger.LogDebug("Fingerprinted {Count} article(s) again after their text changed", fingerprints.Count);
        }
    }

    static StoryArticle ToStoryArticle(Pending p) =>
        new(p.Id, p.Outlet, p.Title, ArticleText.Full(p.Body, p.Summary), new DateTimeOffset(DateTime.SpecifyKind(p.Published, DateTimeKind.Utc)));

    /// <summary>
    /// Hand decisions (<see cref="StoryDecision"/>) not yet applied, oldest first: each changes the index and the stored
    /// stories in one transaction, or is refused with the reason when its articles are no longer as the editor saw them.
    /// </summary>
    async Task ApplyDecisionsAsync(SiberindoDb db, CancellationToken ct)
    {
        var index = _index!;
        var pending = await db.Set<StoryDecision>().Where(d => d.AppliedAt == null).OrderBy(d => d.Id).ToListAsync(ct);
        foreach (var decision in pending)
        {
            IReadOnlyList<StoryAssignment>? changed;
            if (decision.Kind == StoryDecisionKind.Split)
            {
                var ids = decision.SplitArticles();
                var titles = await db.Articles.AsNoTracking().Where(a => a.StoryId == decision.StoryId)
                    .ToDictionaryAsync(a => a.Id, a => a.Title, ct);
                var split = index.Split(ids, id => titles.GetValueOrDefault(id, ""));
                decision.OtherStoryId = split?.StoryId;
                changed = split?.Changed;
            }
            else changed = index.Merge(decision.StoryId, decision.OtherStoryId!.Value);
            decision.AppliedAt = Now;
            if (changed is null) decision.Refusal = "Artikel tidak lagi berada dalam cerita ini (the articles are no longer in this story).";

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await Lease.RenewOrThrowAsync(db, Now, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            var (affected, _) = changed is null
                ? ([], [])
                : await WriteAssignmentsAsync(db, index, changed.ToDictionary(a => a.ArticleId), ct);
            await transaction.CommitAsync(ct);
            await EvictAsync(affected, ct);
            logger.LogInformation("Story decision {Id} ({Kind}) on story {Story} applied: {Changed} assignment(s) changed",
                decision.Id, decision.Kind, decision.StoryId, changed?.Count ?? 0);
        }
    }

    async Task EvictAsync(HashSet<long> affected, CancellationToken ct)
    {
        // Cached lists and the stories' own pages are stale now.
        notifications.Publish(new ArticlesChanged());
        foreach (var id in affected) await notifications.PublishAsync(new StoryChanged(id), ct);
    }

    /// <summary>Writes the articles' new assignments and the story rows they touch; returns those stories and new copies.</summary>
    async Task<(HashSet<long> Affected, List<(long Copy, long Original)> NewCopies)> WriteAssignmentsAsync(
        SiberindoDb db, StoryIndex index, Dictionary<long, StoryAssignment> assignments, CancellationToken ct)
    {
        var affected = new HashSet<long>();
        var newCopies = new List<(long Copy, long Original)>();
        foreach (var ids in assignments.Keys.Chunk(IdChunk))
        {
            // Only the two columns: loading whole articles (bodies of several KB) would cost more than the update.
            var current = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.StoryId, a.CopyOfId }).ToListAsync(ct);
            foreach (var row in current)
            {
                var assignment = assignments[row.Id];
                if (row.StoryId is { } before) affected.Add(before);
                affected.Add(assignment.StoryId);
                if (assignment.CopyOfId is { } original && row.CopyOfId != original) newCopies.Add((row.Id, original));
                // A stub with the stored values, then the new ones: EF writes one UPDATE of the changed columns.
                var stub = new Article { Id = row.Id, StoryId = row.StoryId, CopyOfId = row.CopyOfId, Title = "", Guid = "", Url = "" };
                db.Attach(stub);
                stub.StoryId = assignment.StoryId;
                stub.CopyOfId = assignment.CopyOfId;
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear(); // the stubs must never be mistaken for whole articles later in this scope
        await UpdateStoriesAsync(db, index, affected, ct);
        return (affected, newCopies);
    }

    /// <summary>Brings the story rows of the touched stories up to date; a story left without articles was merged.</summary>
    async Task UpdateStoriesAsync(SiberindoDb db, StoryIndex index, HashSet<long> affected, CancellationToken ct)
    {
        var now = Now;
        foreach (var ids in affected.Chunk(IdChunk))
        {
            var stats = await db.Articles.AsNoTracking()
                .Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value))
                .GroupBy(a => a.StoryId!.Value)
                .Select(g => new { Id = g.Key, Count = g.Count(), Outlets = g.Select(a => a.OutletId).Distinct().Count(), Last = g.Max(a => a.Published) })
                .ToDictionaryAsync(s => s.Id, ct);
            var rows = await db.Set<Story>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            foreach (var id in ids)
            {
                var info = index.GetStory(id);
                if (stats.TryGetValue(id, out var stat) && info is not null && info.StoryId == id)
                {
                    if (!rows.TryGetValue(id, out var story))
                        db.Add(story = new Story { Id = id, Title = "" });
                    story.Title = StoredText.Clip(info.Title, ArticleLengths.Title);
                    story.SourceArticleId = info.SourceArticleId;
                    story.FirstPublished = info.FirstPublished.UtcDateTime;
                    story.LastPublished = stat.Last;
                    story.ArticleCount = stat.Count;
                    story.OutletCount = stat.Outlets;
                    story.Updated = now;
                    continue;
                }
                if (rows.TryGetValue(id, out var gone)) db.Remove(gone);
                if (info is not null && info.StoryId != id) await RedirectAsync(db, id, info.StoryId, ct);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The merged story's URL, and every URL that already led to it, now lead to the survivor.</summary>
    static async Task RedirectAsync(SiberindoDb db, long from, long to, CancellationToken ct)
    {
        await db.Set<StoryRedirect>().Where(r => r.ToStoryId == from).ExecuteUpdateAsync(s => s.SetProperty(r => r.ToStoryId, to), ct);
        var existing = await db.Set<StoryRedirect>().FindAsync([from], ct);
        if (existing is null) db.Add(new StoryRedirect { FromStoryId = from, ToStoryId = to });
        else existing.ToStoryId = to;
    }

    sealed record Pending(long Id, string Outlet, string Title, string? Body, string? Summary, DateTime Published);
}
