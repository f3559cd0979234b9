namespace Siberindo.Core.Feeds;

/// <summary>One item of a feed. Title and Author are plain text; Summary and Content are sanitised HTML with absolute URLs.</summary>
public sealed record FeedEntry(
    string? Id,
    string? Link,
    string? Title,
    string? Summary,
    string? Content,
    string? Author,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Categories,
    string? Image);
