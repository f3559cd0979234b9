using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Siberindo.Core.Feeds;

/// <summary>
/// Writes a parse result as one JSON line (the <c>feed parse</c> tool's output and the crawler's debug log):
/// instants in UTC ISO-8601 with "Z", every field present, nulls written as null.
/// </summary>
public static class FeedJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        // Keeps Indonesian text and HTML readable in the line; the output is data, never embedded in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The result as one line of JSON, without a trailing newline.</summary>
    public static string Write(string source, FeedParseResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, source, result);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the result as one JSON object to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, string source, FeedParseResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("source", source);
        if (result.Feed is not { } feed)
        {
            writer.WriteString("error", result.Error ?? "unknown error");
            writer.WriteEndObject();
            return;
        }
        writer.WriteString("format", feed.Format);
        writer.WriteString("title", feed.Title);
        writer.WriteString("link", feed.Link);
        writer.WriteString("description", feed.Description);
        writer.WriteString("language", feed.Language);
        WriteInstant(writer, "updated", feed.Updated);
        WriteStrings(writer, "problems", feed.Problems);
        writer.WriteStartArray("entries");
        foreach (var entry in feed.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entry.Id);
            writer.WriteString("link", entry.Link);
            writer.WriteString("title", entry.Title);
            writer.WriteString("summary", entry.Summary);
            writer.WriteString("content", entry.Content);
            writer.WriteString("author", entry.Author);
            WriteInstant(writer, "published", entry.Published);
            WriteInstant(writer, "updated", entry.Updated);
            WriteStrings(writer, "categories", entry.Categories);
            writer.WriteString("image", entry.Image);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>UTC with a "Z" and only as many fraction digits as the instant has ("2021-06-10T15:32:00Z").</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void WriteInstant(Utf8JsonWriter writer, string name, DateTimeOffset? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, FormatInstant(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }
}
