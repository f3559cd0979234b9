using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CsCheck;
using Siberindo.Core.Feeds;

namespace Siberindo.Bench.Ingestion;

/// <summary>
/// Long-running fuzzing of the feed parser with CsCheck generators (random bytes, random markup, mutations of the
/// quirk fixtures and of the corpus itself). Every input must parse without an exception escaping, within one second,
/// into valid one-line JSON with safe HTML and http(s) links. Inputs that reach a new outcome (format, error kind or
/// problem kind) are kept in the corpus, which seeds the next run; a failing input is saved and stops the run.
/// </summary>
internal sealed class Fuzz(string corpusDirectory, string fixturesDirectory)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
    private const int MaxCorpus = 400;
    private static readonly string[] Injections =
    [
        "&", "&nbsp;", "&hellip;", "&lol9;", "&#0;", "&#xD800;", "&#99999999;", "&#x;", "<", ">", "]]>", "<![CDATA[", "<!--", "-->",
        "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;",
        "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "&x;", "<br>", "</item>", "<item>", "</channel>", "<entry>", "</entry>",
        "xmlns:x=\"\"", " xml:base=\"javascript:alert(1)\"", " xml:base=\"//evil.example/\"", "<script>alert(1)</script>",
        "\u0000", "\u000B", "\uFEFF", "\u00E9", "\"", "'", "<media:content url=\"/x.jpg\"/>", "<?xml version=\"1.0\" encoding=\"windows-1252\"?>",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "{", "[", "}", "]", "\"items\": [", "\uD800", "Kamis, 10 Juni 2021 - 22:32 WIB",
        "10/06/2021 22:32 WITA", "<pubDate>", "</pubDate>", "<link>", "</link>", "<a href=\"javascript:x\">", "<img src=x onerror=y>",
        new string('<', 64), new string('&', 64), "<x:y xmlns:x=\"urn:a\">",
    ];

    private static readonly string[] ActiveElements = ["script", "iframe", "object", "embed", "style", "form", "base", "meta", "link"];

    /// <summary>
    /// Whether sanitised HTML, read by a browser's parser, has active content: a script or embedding element, an event
    /// handler attribute, or a URL attribute that is not http(s), mailto or relative. Text that merely mentions such
    /// things is fine, so this parses rather than searching the string.
    /// </summary>
    private static bool IsUnsafe(string html)
    {
        if (html.IndexOfAny(['<']) < 0) return false;
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (ActiveElements.Contains(element.LocalName)) return true;
            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.Ordinal)) return true;
                if (attribute.LocalName is "href" or "src" or "action" or "formaction" or "srcset" or "poster"
                    && Uri.TryCreate(attribute.Value.Trim(), UriKind.Absolute, out var uri)
                    && uri.Scheme is not ("http" or "https" or "mailto")) return true;
            }
        }
        return false;
    }

    private readonly List<byte[]> _seeds = [];
    private readonly HashSet<string> _outcomes = [];
    private long _inputs, _slowest;
    private readonly object _lock = new();

    public int Run(TimeSpan duration, int threads)
    {
        LoadSeeds();
        Console.WriteLine($"fuzz: {_seeds.Count} seeds ({Directory.GetFiles(corpusDirectory).Length} from the corpus), {duration.TotalMinutes:0.#} min on {threads} thread(s)");
        foreach (var seed in _seeds.ToList()) Check(seed, keep: false);

        var watch = Stopwatch.StartNew();
        var gens = new[] { RandomBytes(), RandomMarkup(), Mutations(), Splices() };
        var round = 0;
        try
        {
            while (watch.Elapsed < duration)
            {
                var gen = gens[round++ % gens.Length];
                // Sample runs in parallel over the threads; each call is a few thousand inputs, then the clock is checked.
                gen.Sample(input => { Check(input, keep: true); return true; }, iter: 2000, threads: threads);
                if (round % 20 == 0)
                    Console.WriteLine($"  {watch.Elapsed:mm\\:ss} {_inputs:N0} inputs, {_outcomes.Count} outcomes, corpus {Directory.GetFiles(corpusDirectory).Length}, slowest {_slowest} ms");
            }
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"FAILED after {_inputs:N0} inputs: {e.InnerException?.Message ?? e.Message}\n{e.Message}");
            return 1;
        }
        Console.WriteLine($"fuzz: {_inputs:N0} inputs in {watch.Elapsed.TotalMinutes:0.0} min ({_inputs / watch.Elapsed.TotalSeconds:N0}/s), " +
                          $"no crash, no hang; slowest input {_slowest} ms; {_outcomes.Count} distinct outcomes; corpus {Directory.GetFiles(corpusDirectory).Length} files");
        return 0;
    }

    private void LoadSeeds()
    {
        // The quirk fixtures sit beside each format's tests: Feeds/Rss/testdata, Feeds/Xml/testdata...
        var fixtures = Directory.EnumerateFiles(fixturesDirectory, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(Path.GetDirectoryName(file)) == "testdata");
        foreach (var file in fixtures.Order(StringComparer.Ordinal)) _seeds.Add(File.ReadAllBytes(file));
        foreach (var file in Directory.EnumerateFiles(corpusDirectory).Order()) _seeds.Add(File.ReadAllBytes(file));
    }

    private Gen<byte[]> RandomBytes() => Gen.Byte.Array[0, 4096];

    private static Gen<byte[]> RandomMarkup()
    {
        var markupByte = Gen.OneOf("<>&;/=\"' \n?!-[]#xamp:rssitemchannelentryfeedlinkurl{}\u00e9\u00a0"u8.ToArray());
        var prefixes = Gen.OneOf(
            "<rss version=\"2.0\"><channel><item>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "<urlset><url>",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item>",
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[", "<?xml version=\"1.0\"?>\n<rss>");
        return Gen.Select(prefixes, markupByte.Array[0, 1024], (p, b) => (byte[])[.. Encoding.UTF8.GetBytes(p), .. b]);
    }

    private Gen<byte[]> Mutations() =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[0, Injections.Length - 1], Gen.Byte)
            .Select(t =>
            {
                var (pick, kind, where, injection, flip) = t;
                byte[] original;
                lock (_lock) original = _seeds[pick % _seeds.Count];
                int at = (int)(where * original.Length);
                return kind switch
                {
                    0 => original[..at],
                    1 => FlipAt(original, at, flip),
                    2 => [.. original[..at], .. Encoding.UTF8.GetBytes(Injections[injection]), .. original[at..]],
                    3 => [.. original[..at], .. original[Math.Min(original.Length, at + flip)..]],
                    4 => [.. original[..at], .. original[at..Math.Min(original.Length, at + flip * 4)], .. original[at..]],
                    _ => Repeat(original, at, flip),
                };
            });

    /// <summary>The head of one seed with the tail of another: mixes formats, encodings and quirks.</summary>
    private Gen<byte[]> Splices() =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Double[0, 1], Gen.Double[0, 1]).Select(t =>
        {
            byte[] a, b;
            lock (_lock) { a = _seeds[t.Item1 % _seeds.Count]; b = _seeds[t.Item2 % _seeds.Count]; }
            return (byte[])[.. a[..(int)(t.Item3 * a.Length)], .. b[(int)(t.Item4 * b.Length)..]];
        });

    private static byte[] FlipAt(byte[] original, int at, byte mask)
    {
        var copy = (byte[])original.Clone();
        if (copy.Length > 0) copy[Math.Min(at, copy.Length - 1)] ^= (byte)(mask | 1);
        return copy;
    }

    /// <summary>A slice repeated many times: long runs of entries, entities or nesting.</summary>
    private static byte[] Repeat(byte[] original, int at, byte count)
    {
        var slice = original[at..Math.Min(original.Length, at + 1 + count % 64)];
        var output = new List<byte>(original.Length + slice.Length * count);
        output.AddRange(original[..at]);
        for (var i = 0; i < 4 + count * 4; i++) output.AddRange(slice);
        output.AddRange(original[at..]);
        return [.. output];
    }

    private void Check(byte[] input, bool keep)
    {
        Interlocked.Increment(ref _inputs);
        var watch = Stopwatch.StartNew();
        FeedParseResult result;
        string line;
        try
        {
            result = FeedParser.Parse(input, new FeedParseOptions { BaseUri = new Uri("https://contoh.example/feed") });
            line = FeedJson.Write("fuzz", result);
        }
        catch (Exception e)
        {
            throw Fail(input, $"exception {e.GetType().Name}: {e.Message}");
        }
        watch.Stop();
        var elapsed = watch.ElapsedMilliseconds;
        if (elapsed > Interlocked.Read(ref _slowest)) Interlocked.Exchange(ref _slowest, elapsed);
        if (watch.Elapsed > Budget) throw Fail(input, $"took {elapsed} ms");
        if (result.Error is { } error && error.StartsWith("the parser failed", StringComparison.Ordinal)) throw Fail(input, error);
        if (line.Contains('\n')) throw Fail(input, "the JSON line contains a newline");
        try { using (JsonDocument.Parse(line)) { } }
        catch (JsonException e) { throw Fail(input, $"invalid JSON: {e.Message}"); }
        if (result.Feed is { } feed)
        {
            foreach (var entry in feed.Entries)
            {
                foreach (var html in new[] { entry.Summary, entry.Content })
                    if (html is not null && IsUnsafe(html))
                        throw Fail(input, "unsafe HTML survived sanitising");
                foreach (var url in new[] { entry.Link, entry.Image })
                    if (url is not null && !url.StartsWith("http://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal))
                        throw Fail(input, $"a non-http link: {url}");
            }
        }
        if (keep) KeepIfNew(input, result);
    }

    /// <summary>
    /// An input is interesting when it reaches an outcome no earlier input reached: a format with a kind of problem
    /// recovered from, or a kind of error. Pairs, not combinations, so the corpus stays small and varied.
    /// </summary>
    private void KeepIfNew(byte[] input, FeedParseResult result)
    {
        var signatures = result.Feed is { } feed
            ? feed.Problems.Select(p => $"{feed.Format}|{Kind(p)}").Append($"{feed.Format}|entries={Math.Min(feed.Entries.Count, 2)}")
            : [$"error|{Kind(result.Error!)}"];
        lock (_lock)
        {
            var isNew = false;
            foreach (var signature in signatures) isNew |= _outcomes.Add(signature);
            if (!isNew || input.Length > 64 * 1024) return;
            if (Directory.GetFiles(corpusDirectory).Length >= MaxCorpus) return;
            File.WriteAllBytes(Path.Combine(corpusDirectory, Convert.ToHexStringLower(SHA256.HashData(input))[..16] + ".bin"), input);
            _seeds.Add(input);
        }
    }

    /// <summary>The kind of a problem or error: its first words, without quoted, numeric or markup details.</summary>
    private static string Kind(string message)
    {
        var words = message.Split(' ').TakeWhile(w => !w.Contains('(') && !w.Contains(':'))
            .Where(w => w.Length > 0 && w.All(char.IsAsciiLetterLower)).Take(3);
        return string.Join(' ', words);
    }

    private Exception Fail(byte[] input, string reason)
    {
        var path = Path.Combine(corpusDirectory, "crash-" + Convert.ToHexStringLower(SHA256.HashData(input))[..16] + ".bin");
        File.WriteAllBytes(path, input);
        return new InvalidOperationException($"{reason} (input saved to {path})");
    }
}
