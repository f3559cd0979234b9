using System.Text.Json;
using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

public class FeedJsonTests
{
    [Fact]
    public void Writes_a_feed_as_one_line_with_every_field()
    {
        var line = FeedJson.Write("https://kabartelukpalu.example/feed/", FeedParser.Parse(FeedFixtures.Bytes("Rss", "rss20-basic.xml")));

        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(
            ["source", "format", "title", "link", "description", "language", "updated", "problems", "entries"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://kabartelukpalu.example/feed/", root.GetProperty("source").GetString());
        Assert.Equal("rss2.0", root.GetProperty("format").GetString());
        Assert.Equal("2021-06-10T15:40:12Z", root.GetProperty("updated").GetString());
        Assert.Equal(0, root.GetProperty("problems").GetArrayLength());

        var entry = root.GetProperty("entries")[0];
        Assert.Equal(
            ["id", "link", "title", "summary", "content", "author", "published", "updated", "categories", "image"],
            entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2021-06-10T15:32:00Z", entry.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("updated").ValueKind);
        Assert.Equal("Daerah", entry.GetProperty("categories")[0].GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("entries")[1].GetProperty("content").ValueKind);
    }

    [Fact]
    public void Keeps_indonesian_text_and_html_readable()
    {
        var line = FeedJson.Write("x", FeedParser.Parse(FeedFixtures.Bytes("Xml", "rss-undeclared-html-entities.xml")));

        Assert.Contains("Turun\u2026 Warga Lega", line);
        Assert.Contains("Caf\u00e9", line);
    }

    [Fact]
    public void Writes_a_failure_as_source_and_error()
    {
        var line = FeedJson.Write("https://contoh.example/", new FeedParseResult(null, "empty document"));

        Assert.Equal("{\"source\":\"https://contoh.example/\",\"error\":\"empty document\"}", line);
    }

    [Fact]
    public void Writes_into_a_caller_supplied_writer()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            FeedJson.Write(writer, "s", new FeedParseResult(null, "the document is an HTML page, not a feed"));
        }

        Assert.Equal("{\"source\":\"s\",\"error\":\"the document is an HTML page, not a feed\"}", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData("2021-06-10T22:32:00+07:00", "2021-06-10T15:32:00Z")]
    [InlineData("2021-06-10T22:32:00.5+07:00", "2021-06-10T15:32:00.5Z")]
    public void Instants_are_utc_with_z(string iso, string expected)
    {
        Assert.Equal(expected, FeedJson.FormatInstant(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
