using System.Diagnostics;
using System.Text.Json;

namespace Siberindo.Tests.Infrastructure;

/// <summary>
/// Debian's python3-feedparser (installed by scripts/test.sh), the parser most feed readers' behaviour is measured
/// against: parses a feed saved to a file, with the response's Content-Type, and reports what it understood.
/// </summary>
public static class PythonFeedparser
{
    public sealed record Result(int Bozo, string? BozoException, string Version, string? Title, List<Entry> Entries);
    public sealed record Entry(string? Title, string? Link, string? Id, string? Author, string? Summary, bool HasPublished);

    // Debian's feedparser (6.0.x) predates its JSON Feed support, so a JSON Feed is checked in the same script against
    // the JSON Feed 1.1 rules instead (version, title, items with an id and content; RFC 3339 dates) and reported in
    // feedparser's terms.
    private const string Script = """
        import json, sys, feedparser
        from datetime import datetime
        def jsonfeed(path):
            problems = []
            try:
                doc = json.load(open(path, encoding="utf-8"))
            except Exception as e:
                return {"Bozo": 1, "BozoException": str(e), "Version": "", "Title": None, "Entries": []}
            if doc.get("version") != "https://jsonfeed.org/version/1.1": problems.append("version")
            if not isinstance(doc.get("title"), str): problems.append("title")
            entries = []
            for item in doc.get("items", []):
                if not isinstance(item.get("id"), str) or not item["id"]: problems.append("item id")
                if not isinstance(item.get("content_text", item.get("content_html")), str): problems.append("item content")
                published = item.get("date_published")
                try:
                    datetime.fromisoformat(published.replace("Z", "+00:00"))
                except Exception:
                    problems.append("date_published %r" % published)
                authors = item.get("authors") or [{}]
                entries.append({"Title": item.get("title"), "Link": item.get("url"), "Id": item.get("id"),
                                "Author": authors[0].get("name"), "Summary": item.get("summary"), "HasPublished": published is not None})
            return {"Bozo": int(bool(problems)), "BozoException": ", ".join(problems) or None, "Version": "json11",
                    "Title": doc.get("title"), "Entries": entries}
        if "json" in sys.argv[2]:
            print(json.dumps(jsonfeed(sys.argv[1])))
            sys.exit(0)
        d = feedparser.parse(sys.argv[1], response_headers={"content-type": sys.argv[2]})
        print(json.dumps({
            "Bozo": int(d.bozo), "BozoException": str(d.get("bozo_exception")) if d.bozo else None,
            "Version": d.version or "", "Title": d.feed.get("title"),
            "Entries": [{"Title": e.get("title"), "Link": e.get("link"), "Id": e.get("id"), "Author": e.get("author"),
                         "Summary": e.get("summary"), "HasPublished": e.get("published_parsed") is not None} for e in d.entries]}))
        """;

    public static async Task<Result> ParseAsync(byte[] feed, string contentType)
    {
        if (!Installed())
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException("python3-feedparser is not installed");
            Skip.If(true, "python3-feedparser is not installed (apt-get install python3-feedparser)");
        }
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, feed);
            var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-c", Script, file, contentType }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"feedparser failed: {await error}");
            return JsonSerializer.Deserialize<Result>(await output)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static bool Installed()
    {
        if (!File.Exists("/usr/bin/python3")) return false;
        using var check = Process.Start(new ProcessStartInfo("/usr/bin/python3", "-c \"import feedparser\"") { RedirectStandardError = true })!;
        check.WaitForExit();
        return check.ExitCode == 0;
    }
}
