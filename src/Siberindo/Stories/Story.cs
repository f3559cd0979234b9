namespace Siberindo.Stories;

/// <summary>
/// One real-world event with every article that covered it. The id is the id of the article that opened the story
/// (as <see cref="Core.Stories.StoryIndex"/> decides), so it never needs a sequence of its own.
/// The summary columns are kept by <see cref="StoryAssigner"/> so the portal ranks stories without scanning articles.
/// </summary>
public sealed class Story
{
    public long Id { get; init; }
    /// <summary>The representative title: the title of the earliest published article.</summary>
    public required string Title { get; set; }
    /// <summary>The earliest published article, credited as the source.</summary>
    public long SourceArticleId { get; set; }
    public DateTime FirstPublished { get; set; }
    public DateTime LastPublished { get; set; }
    public int ArticleCount { get; set; }
    /// <summary>Distinct outlets that covered the story; the home page ranks by it.</summary>
    public int OutletCount { get; set; }
    public DateTime Updated { get; set; }
}

/// <summary>A story that was merged into another: its URL answers with a permanent redirect to the survivor.</summary>
public sealed class StoryRedirect
{
    public long FromStoryId { get; init; }
    public long ToStoryId { get; set; }
}

/// <summary>
/// The stored <see cref="Core.Stories.ArticleFingerprint"/> of an article, so that the story index is restored at start
/// (in <see cref="Sequence"/> order, the order articles were assigned) instead of recomputed from text.
/// Arrays are stored as little-endian binary.
/// </summary>
public sealed class StoryFingerprint
{
    public long ArticleId { get; init; }
    /// <summary>Position in the assignment order, 1, 2, 3, ...; replaying in this order reproduces the index.</summary>
    public long Sequence { get; init; }
    public required string Outlet { get; init; }
    public required string Title { get; init; }
    public DateTime Published { get; init; }
    public required byte[] Shingles { get; init; }
    public required byte[] SlotContexts { get; init; }
    public required byte[] Terms { get; init; }
    public required byte[] ParagraphHashes { get; init; }
    public required byte[] Places { get; init; }
}

