namespace Siberindo.Core.Stories;

/// <summary>An article as the story index sees it: plain-text body with paragraphs separated by blank lines.</summary>
public sealed record StoryArticle(long Id, string Outlet, string Title, string Body, DateTimeOffset Published);

/// <summary>
/// Where an article belongs. <see cref="StoryId"/> is the id of the story (the id of the article that opened it);
/// <see cref="CopyOfId"/> is the article whose text this one republishes (the earliest article of its near-duplicate
/// group), or null for original text.
/// </summary>
public sealed record StoryAssignment(long ArticleId, long StoryId, long? CopyOfId);

/// <summary>
/// The result of adding one article: its own assignment and the assignments of earlier articles that changed because of
/// it (stories merged, or an older source arrived late and the copies now point to it). The caller persists all of them.
/// </summary>
public sealed record StoryUpdate(StoryAssignment Assignment, IReadOnlyList<StoryAssignment> Changed);

/// <summary>A story: its representative title, the article that broke it (earliest published) and its articles.</summary>
public sealed record StoryInfo(long StoryId, string Title, long SourceArticleId, DateTimeOffset FirstPublished, IReadOnlyList<long> ArticleIds);
