using Microsoft.EntityFrameworkCore;
using Siberindo.Audit;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Stories;

/// <summary>
/// Editors' hand decisions on stories: split articles off into a story of their own, or merge two stories. Each is
/// checked, audited and stored as a <see cref="StoryDecision"/> in one save; the story assigner applies it (it is the
/// only writer of stories, so a decision never races an assignment) within seconds of being woken.
/// </summary>
public sealed class StoryEditing(SiberindoDb db, AuditLog audit, StoryAssigner assigner, TimeProvider clock)
{
    /// <summary>The fields the review page posts, which refusals name.</summary>
    public const string ChosenArticles = "Articles", OtherStory = "OtherStory";

    /// <summary>Splits the chosen articles off; a refusal about the choice names the field <c>Articles</c>.</summary>
    public async Task<(StoryDecision? Decision, IReadOnlyList<FormError> Errors)> SplitAsync(
        long storyId, IReadOnlyCollection<long> articleIds, string decidedBy, CancellationToken ct)
    {
        var story = await db.Set<Story>().FindAsync([storyId], ct);
        if (story is null) return (null, [new("Cerita tidak ditemukan (story not found).")]);
        var members = await db.Articles.Where(a => a.StoryId == storyId).Select(a => a.Id).ToListAsync(ct);
        var chosen = articleIds.Distinct().ToList();
        if (chosen.Count == 0) return (null, [new("Pilih artikel yang dipisahkan (choose the articles to split off).", ChosenArticles)]);
        if (chosen.Any(id => !members.Contains(id))) return (null, [new("Artikel yang dipilih bukan bagian cerita ini (a chosen article is not in this story).", ChosenArticles)]);
        if (chosen.Count == members.Count) return (null, [new("Sisakan sedikitnya satu artikel di cerita ini (leave at least one article in the story).", ChosenArticles)]);

        var articles = string.Join(',', chosen.Order());
        return (await RecordAsync(new StoryDecision
        {
            Kind = StoryDecisionKind.Split, StoryId = storyId, ArticleIds = articles,
            DecidedBy = decidedBy, DecidedAt = clock.GetUtcNow().UtcDateTime,
        }, story, $"{chosen.Count} artikel dipisahkan: {articles}", ct), []);
    }

    /// <summary>Merges another story into this one; a refusal about the other story names the field <c>OtherStory</c>.</summary>
    public async Task<(StoryDecision? Decision, IReadOnlyList<FormError> Errors)> MergeAsync(
        long storyId, long otherStoryId, string decidedBy, CancellationToken ct)
    {
        // A merged story's number still names the story it went into.
        otherStoryId = await db.Set<StoryRedirect>().Where(r => r.FromStoryId == otherStoryId).Select(r => (long?)r.ToStoryId)
            .FirstOrDefaultAsync(ct) ?? otherStoryId;
        var stories = await db.Set<Story>().Where(s => s.Id == storyId || s.Id == otherStoryId).ToDictionaryAsync(s => s.Id, ct);
        if (!stories.TryGetValue(storyId, out var story)) return (null, [new("Cerita tidak ditemukan (story not found).")]);
        if (otherStoryId == storyId) return (null, [new("Itu cerita yang sama (that is the same story).", OtherStory)]);
        if (!stories.TryGetValue(otherStoryId, out var other)) return (null, [new($"Cerita nomor {otherStoryId} tidak ditemukan (story not found).", OtherStory)]);

        return (await RecordAsync(new StoryDecision
        {
            Kind = StoryDecisionKind.Merge, StoryId = storyId, OtherStoryId = otherStoryId,
            DecidedBy = decidedBy, DecidedAt = clock.GetUtcNow().UtcDateTime,
        }, story, $"digabung dengan cerita {other.Id}: {other.Title}", ct), []);
    }

    /// <summary>The decision and its audit entry in one save, then the assigner is woken to apply it.</summary>
    async Task<StoryDecision> RecordAsync(StoryDecision decision, Story story, string summary, CancellationToken ct)
    {
        db.Add(decision);
        audit.Record(decision.Kind == StoryDecisionKind.Split ? "split" : "merge", "Story", story.Id, story.Title, null, null, summary);
        await db.SaveChangesAsync(ct);
        assigner.Notify();
        return decision;
    }
}
