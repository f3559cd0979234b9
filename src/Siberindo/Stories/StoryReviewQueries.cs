using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Stories;
using Siberindo.Storage;

namespace Siberindo.Stories;

/// <summary>What editors review: recent stories by coherence (least coherent first), and one story with its members.</summary>
public sealed class StoryReviewQueries(SiberindoDb db, TimeProvider clock)
{
    /// <summary>Stories of at least this many articles are reviewed; a pair cannot mix much.</summary>
    const int MinArticles = 3;
    const int RecentStories = 300;
    const int MembersCompared = 100;
    // The list ranks 300 stories; a median over 20 members already tells a mixed story from a coherent one.
    const int MembersSampledInList = 20;

    public sealed record StoryRow(long Id, string Title, int Articles, int Outlets, DateTime LastPublished, StoryCoherence Coherence);

    public sealed record Member(long Id, string Title, string Outlet, DateTime Published, long? CopyOfId, double? Similarity);

    public sealed record Review(Story Story, StoryCoherence? Coherence, IReadOnlyList<Member> Members, IReadOnlyList<StoryDecision> Decisions);

    /// <summary>The recent stories of several articles (updated within the last three days), least coherent first.
    /// Each story is judged on its source and its first <see cref="MembersSampledInList"/> members, loaded for all
    /// stories at once: a few queries, not one per story.</summary>
    public async Task<IReadOnlyList<StoryRow>> LeastCoherentAsync(int count, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-3);
        var stories = await db.Set<Story>().AsNoTracking()
            .Where(s => s.ArticleCount >= MinArticles && s.LastPublished >= since)
            .OrderByDescending(s => s.LastPublished).Take(RecentStories).ToListAsync(ct);
        var storyIds = stories.Select(s => s.Id).ToList();
        var memberships = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId != null && storyIds.Contains(a.StoryId.Value))
            .Join(db.Set<StoryFingerprint>(), a => a.Id, f => f.ArticleId, (a, f) => new { a.Id, StoryId = a.StoryId!.Value, f.Sequence })
            .ToListAsync(ct);
        var sampled = stories.ToDictionary(s => s.Id, s => memberships.Where(m => m.StoryId == s.Id)
            .OrderBy(m => m.Id == s.SourceArticleId ? 0 : 1).ThenBy(m => m.Sequence)
            .Take(MembersSampledInList + 1).Select(m => m.Id).ToList());
        var fingerprints = new Dictionary<long, ArticleFingerprint>();
        foreach (var chunk in sampled.Values.SelectMany(ids => ids).Chunk(500))
        {
            var rows = await db.Set<StoryFingerprint>().AsNoTracking().Where(f => chunk.Contains(f.ArticleId)).ToListAsync(ct);
            foreach (var row in rows) fingerprints[row.ArticleId] = FingerprintCodec.FromRow(row);
        }
        var result = new List<StoryRow>(stories.Count);
        foreach (var s in stories)
        {
            if (!fingerprints.TryGetValue(s.SourceArticleId, out var source)) continue;
            var others = sampled[s.Id].Where(id => id != s.SourceArticleId && fingerprints.ContainsKey(id)).Select(id => fingerprints[id]).ToList();
            result.Add(new StoryRow(s.Id, s.Title, s.ArticleCount, s.OutletCount, s.LastPublished, StoryCoherence.Of(source, others)));
        }
        return result.OrderBy(r => r.Coherence.Median).ThenByDescending(r => r.Articles).Take(count).ToList();
    }

    public async Task<Review?> ReviewAsync(long id, CancellationToken ct)
    {
        var story = await db.Set<Story>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (story is null) return null;
        var (coherence, similarity) = await CoherenceAsync(story, ct);
        var members = await db.Articles.AsNoTracking().Where(a => a.StoryId == id)
            .OrderBy(a => a.Published).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, Outlet = a.Outlet!.Name, a.Published, a.CopyOfId })
            .ToListAsync(ct);
        var decisions = await db.Set<StoryDecision>().AsNoTracking()
            .Where(d => d.StoryId == id || d.OtherStoryId == id).OrderByDescending(d => d.Id).Take(50).ToListAsync(ct);
        return new Review(story, coherence,
            members.Select(m => new Member(m.Id, m.Title, m.Outlet, m.Published, m.CopyOfId, similarity.TryGetValue(m.Id, out var v) ? v : null)).ToList(),
            decisions);
    }

    /// <summary>The story's coherence from its stored fingerprints (the source and up to 100 other members), and each
    /// compared member's share of terms with the source.</summary>
    async Task<(StoryCoherence? Coherence, Dictionary<long, double> Similarity)> CoherenceAsync(Story story, CancellationToken ct)
    {
        var rows = await db.Set<StoryFingerprint>().AsNoTracking()
            .Where(f => db.Articles.Any(a => a.Id == f.ArticleId && a.StoryId == story.Id))
            .OrderBy(f => f.ArticleId == story.SourceArticleId ? 0 : 1).ThenBy(f => f.Sequence)
            .Take(MembersCompared + 1).ToListAsync(ct);
        var source = rows.FirstOrDefault(r => r.ArticleId == story.SourceArticleId);
        if (source is null) return (null, []);
        var sourceFp = FingerprintCodec.FromRow(source);
        var others = rows.Where(r => r != source).Select(FingerprintCodec.FromRow).ToList();
        var similarity = others.ToDictionary(o => o.Id, o => StoryCoherence.Of(sourceFp, [o]).Median);
        similarity[sourceFp.Id] = 1;
        return (StoryCoherence.Of(sourceFp, others), similarity);
    }
}
