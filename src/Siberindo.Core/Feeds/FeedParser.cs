using Siberindo.Core.Feeds.Atom;
using Siberindo.Core.Feeds.JsonFeed;
using Siberindo.Core.Feeds.Rss;
using Siberindo.Core.Feeds.Sitemaps;
using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds;

/// <summary>
/// Entry point of the tolerant feed parser: sniffs the format, recovers what broken documents allow, and dispatches
/// to the reader for the format. It never throws on input, never expands DTD entities and never reads anything
/// outside the given bytes.
/// </summary>
public static class FeedParser
{
    /// <summary>Parses one fetched document. On failure the result carries a human-readable reason instead of a feed.</summary>
    public static FeedParseResult Parse(ReadOnlySpan<byte> document, FeedParseOptions? options = null)
    {
        options ??= FeedParseOptions.Default;
        try
        {
            return ParseCore(document, options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in a reader must cost one feed, not the crawler; the message keeps it visible on the health page.
            return FeedParseResult.Fail($"the parser failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static FeedParseResult ParseCore(ReadOnlySpan<byte> document, FeedParseOptions options)
    {
        var problems = new ProblemLog();
        var trimmed = TrimStartWhitespaceAndMark(document);
        if (trimmed.IsEmpty)
        {
            return FeedParseResult.Fail("empty document");
        }
        if (trimmed[0] is (byte)'{' or (byte)'[')
        {
            return JsonFeedReader.Read(document, new FeedReadContext(options, problems));
        }

        string text = FeedTextDecoder.Decode(document, problems);
        string? notXml = DescribeNonXml(text);
        if (notXml is not null)
        {
            return FeedParseResult.Fail(notXml);
        }

        var recovered = XmlRecovery.Clean(text, problems);
        var tree = XmlTreeBuilder.Build(recovered.Text, recovered.Prefixes, problems);
        if (tree.Root is null)
        {
            return FeedParseResult.Fail(tree.Failure is null
                ? "the document has no root element"
                : $"the document is not well-formed XML: {tree.Failure.Message}");
        }

        var context = new FeedReadContext(options, problems);
        var root = tree.Root;
        ParsedFeed? feed = root.LocalName switch
        {
            "rss" => RssReader.Read(root, context),
            "RDF" => RdfReader.Read(root, context),
            "feed" => AtomReader.Read(root, context),
            "urlset" or "sitemapindex" => SitemapReader.Read(root, context),
            _ => null,
        };
        if (feed is null)
        {
            return FeedParseResult.Fail(root.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase)
                ? "the document is an HTML page, not a feed"
                : $"unrecognised root element <{FeedReadContext.Shorten(root.LocalName)}>");
        }

        if (tree.Failure is not null)
        {
            problems.Add(tree.BrokeOffAtEnd
                ? $"document truncated after {feed.Entries.Count} entries"
                : $"malformed XML ({tree.Failure.Message}); kept the {feed.Entries.Count} complete entries before it");
        }
        return new FeedParseResult(feed with { Problems = problems.ToList() }, null);
    }

    private static ReadOnlySpan<byte> TrimStartWhitespaceAndMark(ReadOnlySpan<byte> document)
    {
        if (document.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            document = document[3..];
        }
        return document.TrimStart(" \t\r\n\0"u8);
    }

    /// <summary>A clear reason when the text is an HTML page or not markup at all; null when it may be a feed.</summary>
    private static string? DescribeNonXml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        int lt = head.IndexOf('<');
        if (lt < 0)
        {
            return text.Length <= 4096 && text.AsSpan().IsWhiteSpace()
                ? "empty document"
                : "the document is neither XML nor JSON";
        }
        // Look at the first tag that is not the XML declaration or a comment.
        while (lt >= 0 && lt + 1 < head.Length && (head[lt + 1] == '?' || head[(lt + 1)..].StartsWith("!--")))
        {
            int next = head[(lt + 1)..].IndexOf('<');
            lt = next < 0 ? -1 : lt + 1 + next;
        }
        if (lt < 0)
        {
            return null;
        }
        var tag = head[lt..];
        if (tag.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("<body", StringComparison.OrdinalIgnoreCase))
        {
            return "the document is an HTML page, not a feed";
        }
        return null;
    }
}
