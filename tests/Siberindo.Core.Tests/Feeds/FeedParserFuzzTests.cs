using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CsCheck;
using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>
/// Property tests over random and mutated documents: the parser never throws (nor hides a crash behind its own
/// catch-all), answers within a second, writes valid one-line JSON, and never expands or fetches entities.
/// </summary>
public class FeedParserFuzzTests
{
    private static readonly byte[][] Fixtures = FeedFixtures.AllBytes().ToArray();

    private static readonly string[] Injections =
    [
        "&", "&nbsp;", "&lol9;", "&#0;", "&#xD800;", "&#99999999;", "&#x;", "<", ">", "]]>", "<![CDATA[", "<!--",
        "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;",
        "<br>", "</item>", "<item>", "</channel>", "<entry>", "xmlns:x=\"\"", " xml:base=\"javascript:alert(1)\"",
        "\u0000", "\u000B", "\uFEFF", "\u00E9", "\"", "'", "<media:content url=\"/x.jpg\"/>", "<?xml version=\"1.0\"?>",
        "{", "[", "\"items\": [", "\uD800",
    ];

    /// <summary>Parses with the invariants every input must satisfy, and returns the result.</summary>
    private static FeedParseResult ParseChecked(byte[] document)
    {
        var watch = Stopwatch.StartNew();
        var result = FeedParser.Parse(document, new FeedParseOptions { BaseUri = new Uri("https://contoh.example/feed") });
        watch.Stop();

        Assert.True(watch.Elapsed < ParseBudget.PerInput, $"took {watch.ElapsedMilliseconds} ms");
        Assert.True(result.Success ^ (result.Error is not null));
        Assert.False(result.Error is not null && result.Error.StartsWith("the parser failed", StringComparison.Ordinal), result.Error);
        string line = FeedJson.Write("fuzz", result);
        Assert.DoesNotContain('\n', line);
        using (JsonDocument.Parse(line))
        {
        }
        if (result.Feed is { } feed)
        {
            Assert.True(feed.Entries.Count <= 1000);
            foreach (var entry in feed.Entries)
            {
                AssertSafeHtml(entry.Summary);
                AssertSafeHtml(entry.Content);
                AssertHttpOrNull(entry.Link);
                AssertHttpOrNull(entry.Image);
            }
        }
        return result;
    }

    private static void AssertSafeHtml(string? html)
    {
        if (html is null)
        {
            return;
        }
        // Checked on the parsed fragment, as a browser would read it: text that merely mentions "javascript:" is
        // harmless, an element or attribute that runs it is not.
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, DangerousElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} kept");
                string value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{attribute.Name}={attribute.Value}");
                Assert.False(value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase), $"{attribute.Name}={attribute.Value}");
            }
        }
    }

    private static readonly string[] DangerousElements = ["script", "iframe", "object", "embed", "style", "base", "form", "meta", "link"];

    private static void AssertHttpOrNull(string? url)
    {
        if (url is not null)
        {
            Assert.True(url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal), url);
        }
    }

    [Fact]
    public void Random_bytes_never_break_the_parser()
    {
        Gen.Byte.Array[0, 2048].Sample(bytes => ParseChecked(bytes), iter: 400);
    }

    [Fact]
    public void Random_markup_never_breaks_the_parser()
    {
        // Bytes drawn from markup characters reach much deeper into the XML paths than uniform noise.
        var markupByte = Gen.OneOf("<>&;/=\"' \n?!-[]#xamp:rssitemchannel{}\u00e9"u8.ToArray());
        var prefixes = Gen.OneOf("<rss version=\"2.0\"><channel><item>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "<urlset><url>", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[");
        Gen.Select(prefixes, markupByte.Array[0, 512])
            .Sample((prefix, body) => ParseChecked([.. Encoding.UTF8.GetBytes(prefix), .. body]), iter: 600);
    }

    [Fact]
    public void Mutated_fixtures_never_break_the_parser()
    {
        var gen = Gen.Select(Gen.Int[0, Fixtures.Length - 1], Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, Injections.Length - 1], Gen.Byte);
        gen.Sample((fixture, kind, where, injection, flip) =>
        {
            byte[] original = Fixtures[fixture];
            int at = (int)(where * original.Length);
            byte[] mutated = kind switch
            {
                0 => original[..at],
                1 => Flip(original, at, flip),
                2 => [.. original[..at], .. Encoding.UTF8.GetBytes(Injections[injection]), .. original[at..]],
                3 => [.. original[..at], .. original[Math.Min(original.Length, at + flip)..]],
                _ => [.. original[..at], .. original[at..Math.Min(original.Length, at + flip * 4)], .. original[at..]],
            };
            ParseChecked(mutated);
        }, iter: 1500);
    }

    private static byte[] Flip(byte[] original, int at, byte mask)
    {
        var copy = (byte[])original.Clone();
        if (copy.Length > 0)
        {
            copy[Math.Min(at, copy.Length - 1)] ^= (byte)(mask | 1);
        }
        return copy;
    }

    [Fact]
    public void Truncating_a_feed_anywhere_never_invents_entries()
    {
        byte[] full = FeedFixtures.Bytes("Rss", "rss20-basic.xml");
        int complete = FeedParser.Parse(full).Feed!.Entries.Count;
        Gen.Int[0, full.Length].Sample(length =>
        {
            var result = ParseChecked(full[..length]);
            if (result.Feed is { } feed)
            {
                Assert.True(feed.Entries.Count <= complete);
                Assert.All(feed.Entries, e => Assert.NotNull(e.Link));
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    [InlineData(200_000)]
    public void Deep_nesting_is_bounded(int depth)
    {
        var xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Dalam</title><item><title>Satu</title><link>https://contoh.example/1</link></item><description>");
        for (int i = 0; i < depth; i++)
        {
            xml.Append("<div>");
        }
        var result = ParseChecked(Encoding.UTF8.GetBytes(xml.ToString()));

        Assert.True(result.Success);
        Assert.Single(result.Feed!.Entries);
    }

    [Fact]
    public void Deeply_nested_json_is_refused_quickly()
    {
        var result = ParseChecked(Encoding.UTF8.GetBytes(new string('[', 100_000)));

        Assert.StartsWith("the document is not valid JSON", result.Error);
    }

    [Fact]
    public void A_huge_attribute_is_handled_within_budget()
    {
        string value = new string('a', 4_000_000) + "&amp;" + new string('b', 1_000_000);
        var xml = $"<rss version=\"2.0\"><channel><title>Besar</title><item><title>X</title><link>https://contoh.example/1</link><enclosure url=\"{value}\" type=\"image/jpeg\"/></item></channel></rss>";

        var result = ParseChecked(Encoding.UTF8.GetBytes(xml));

        Assert.Single(result.Feed!.Entries);
    }

    [Fact]
    public void Billion_laughs_never_expands()
    {
        var bytes = FeedFixtures.Bytes("Xml", "rss-billion-laughs.xml");

        var result = ParseChecked(bytes);

        Assert.True(FeedJson.Write("x", result).Length < bytes.Length * 2);
        Assert.DoesNotContain("lollol", FeedJson.Write("x", result));
    }

    [Fact]
    public void Quadratic_blowup_entities_never_expand()
    {
        // One large entity referenced many times: the attack that survives limits on nesting depth.
        string big = new string('x', 50_000);
        string refs = string.Concat(Enumerable.Repeat("&big;", 5_000));
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"{big}\">]><rss version=\"2.0\"><channel><title>{refs}</title></channel></rss>";

        var result = ParseChecked(Encoding.UTF8.GetBytes(xml));

        Assert.DoesNotContain("xxxxxxxx", result.Feed!.Title);
    }

    [Fact]
    public async Task External_entities_never_read_files_or_connect()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string secretFile = Path.Combine(Path.GetTempPath(), $"siberindo-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secretFile, "RAHASIA-JANGAN-BOCOR");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "http://127.0.0.1:{port}/rss.dtd" [
                  <!ENTITY secret SYSTEM "file://{secretFile}">
                  <!ENTITY passwd SYSTEM "file:///etc/passwd">
                  <!ENTITY remote SYSTEM "http://127.0.0.1:{port}/remote">
                  <!ENTITY % dtd SYSTEM "http://127.0.0.1:{port}/evil.dtd">
                  %dtd;
                ]>
                <rss version="2.0"><channel><title>&secret;</title>
                <item><title>&passwd;</title><link>https://contoh.example/1</link><description>&remote; &secret;</description></item>
                </channel></rss>
                """;
            // Run with a deadline: a parser that did fetch would block waiting for our silent listener.
            // WaitAsync throws a TimeoutException if the parse hangs.
            var result = await Task.Run(() => ParseChecked(Encoding.UTF8.GetBytes(xml))).WaitAsync(TimeSpan.FromSeconds(10));

            string line = FeedJson.Write("x", result);
            Assert.DoesNotContain("RAHASIA", line);
            Assert.DoesNotContain("root:", line);
            Assert.False(listener.Pending(), "the parser connected to the entity's URL");
        }
        finally
        {
            File.Delete(secretFile);
            listener.Stop();
        }
    }

    [Fact]
    public void Parsing_is_deterministic()
    {
        foreach (var fixture in Fixtures)
        {
            Assert.Equal(FeedJson.Write("a", FeedParser.Parse(fixture)), FeedJson.Write("a", FeedParser.Parse(fixture)));
        }
    }
}
