namespace Siberindo.Core.Feeds;

/// <summary>JSON Feed 1.0 and 1.1.</summary>
internal static class JsonFeedReader
{
    public static FeedParseResult Read(ReadOnlySpan<byte> document, FeedReadContext context) =>
        FeedParseResult.Fail("JSON Feed is not supported yet");
}
