namespace Siberindo.Core.Feeds;

/// <summary>Either a parsed feed or a human-readable reason why the document is not one.</summary>
public sealed record FeedParseResult(ParsedFeed? Feed, string? Error)
{
    public bool Success => Feed is not null;

    internal static FeedParseResult Fail(string error) => new(null, error);
}
