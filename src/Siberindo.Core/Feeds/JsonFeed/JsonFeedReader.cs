using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Feeds.Rss;
using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.JsonFeed;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org), read leniently: ids may be numbers, 1.0's author and 1.1's authors both count.</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static FeedParseResult Read(ReadOnlySpan<byte> document, FeedReadContext context)
    {
        byte[] utf8 = ToValidUtf8(document, context.Problems);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return FeedParseResult.Fail($"the document is not valid JSON: {ex.Message}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return FeedParseResult.Fail("the document is JSON but not a JSON Feed (no top-level object)");
            }
            string? version = String(root, "version");
            bool hasItems = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
            if (version is null || !version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                if (!hasItems)
                {
                    return FeedParseResult.Fail("the document is JSON but not a JSON Feed (no version, no items)");
                }
                context.Problems.Add("JSON Feed without a version; read as 1.1");
            }
            string format = version is not null && version.TrimEnd('/').EndsWith("/1", StringComparison.Ordinal) ? "jsonfeed1.0" : "jsonfeed1.1";

            string? link = context.Link(String(root, "home_page_url"), context.Options.BaseUri);
            context.FeedLink = link is null ? null : new Uri(link);
            string? feedAuthor = Authors(root);

            var entries = new List<FeedEntry>();
            if (hasItems)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }
                    if (!context.RoomFor(entries))
                    {
                        break;
                    }
                    entries.Add(ReadItem(item, feedAuthor, context));
                }
            }
            else
            {
                context.Problems.Add("JSON Feed without an items array");
            }

            var feed = new ParsedFeed(
                format,
                FeedReadContext.Plain(String(root, "title")),
                link,
                FeedReadContext.Plain(String(root, "description")),
                String(root, "language"),
                null,
                context.Problems.ToList(),
                entries);
            return new FeedParseResult(feed, null);
        }
    }

    private static FeedEntry ReadItem(JsonElement item, string? feedAuthor, FeedReadContext context)
    {
        var baseUri = context.BaseFor(null);
        string? link = context.Link(String(item, "url") ?? String(item, "external_url"), baseUri);
        string? content = context.Html(String(item, "content_html"), baseUri)
            ?? ContentSanitizer.TextToHtml(String(item, "content_text"));
        string? summary = context.Html(String(item, "summary"), baseUri);
        var categories = new List<string>();
        if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in tags.EnumerateArray())
            {
                if (tag.ValueKind == JsonValueKind.String)
                {
                    RssItemReader.AddCategory(categories, tag.GetString());
                }
            }
        }
        string? image = UrlResolver.Resolve(String(item, "image") ?? String(item, "banner_image"), baseUri)
            ?? ContentSanitizer.FirstImageSource(content);
        return new FeedEntry(
            Id: String(item, "id") ?? link,
            Link: link,
            Title: FeedReadContext.Plain(String(item, "title")),
            Summary: summary,
            Content: content,
            Author: Authors(item) ?? feedAuthor,
            Published: context.Date(String(item, "date_published")),
            Updated: context.Date(String(item, "date_modified")),
            Categories: categories,
            Image: image);
    }

    /// <summary>1.1's "authors" array, or 1.0's single "author" object.</summary>
    private static string? Authors(JsonElement element)
    {
        var names = new List<string>();
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && FeedReadContext.Plain(String(author, "name")) is { } name)
                {
                    names.Add(name);
                }
            }
        }
        if (names.Count == 0 && element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object
            && FeedReadContext.Plain(String(single, "name")) is { } singleName)
        {
            names.Add(singleName);
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>A property as a string; numbers are accepted too, since some generators write numeric ids.</summary>
    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => RssItemReader.NonEmpty(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static byte[] ToValidUtf8(ReadOnlySpan<byte> document, ProblemLog problems)
    {
        if (document.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            document = document[3..];
        }
        if (Utf8.IsValid(document))
        {
            return document.ToArray();
        }
        // JSON must be UTF-8; recover the way XML does (invalid bytes read as windows-1252).
        return Encoding.UTF8.GetBytes(FeedTextDecoder.Decode(document, problems));
    }
}
