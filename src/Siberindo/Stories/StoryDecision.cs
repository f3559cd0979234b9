namespace Siberindo.Stories;

public enum StoryDecisionKind { Split = 1, Merge = 2 }

/// <summary>
/// An editor's decision about a story, made by hand in the admin (split articles off, or merge two stories) and
/// audited there. The story assigner, the only writer of stories, applies it to its index and the stored stories, and
/// replays every applied split whenever it restores its index, so automatic merges never undo a hand split.
/// </summary>
public sealed class StoryDecision
{
    public long Id { get; init; }
    public StoryDecisionKind Kind { get; init; }
    /// <summary>The story the decision was made on.</summary>
    public long StoryId { get; init; }
    /// <summary>Merge: the story merged with it. Split: the new story, once applied.</summary>
    public long? OtherStoryId { get; set; }
    /// <summary>Split: the ids of the articles taken out, comma-separated.</summary>
    public string? ArticleIds { get; init; }
    public required string DecidedBy { get; init; }
    public DateTime DecidedAt { get; init; }
    public DateTime? AppliedAt { get; set; }
    /// <summary>Why a decision could not be applied (the articles moved on meanwhile), in the admin's words.</summary>
    public string? Refusal { get; set; }

    public IReadOnlyList<long> SplitArticles() =>
        (ArticleIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
}
