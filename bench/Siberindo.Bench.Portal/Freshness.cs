using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Siberindo.Bench.Portal;

/// <summary>
/// Polls the home page of a running server every 200 ms and, for each article that appears on it for the first time
/// after the start, compares the moment it appeared with the moment it was stored (Articles.Fetched). Only articles
/// stored after the start count: an older article that climbs onto the page later (its story gained outlets) is not
/// a new article arriving late.
/// </summary>
internal static partial class Freshness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = Options.Get(args, "--url");
        var db = Options.Get(args, "--db");
        var seconds = int.Parse(Options.Get(args, "--seconds", "150"));
        using var http = new HttpClient();
        var seen = new HashSet<long>(Ids(await http.GetStringAsync(url)));
        var delays = new List<double>();
        var started = DateTime.UtcNow;
        var until = started.AddSeconds(seconds);
        await using var sqlite = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        await sqlite.OpenAsync();
        while (DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            var now = DateTime.UtcNow;
            foreach (var id in Ids(await http.GetStringAsync(url)).Where(seen.Add))
            {
                await using var cmd = sqlite.CreateCommand();
                cmd.CommandText = "SELECT Fetched FROM Articles WHERE Id = $id";
                cmd.Parameters.AddWithValue("$id", id);
                if (await cmd.ExecuteScalarAsync() is not string text) continue;
                var fetched = DateTime.Parse(text, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
                if (fetched >= started) delays.Add((now - fetched).TotalSeconds);
            }
        }
        if (delays.Count == 0) { Console.WriteLine("freshness: no new article appeared"); return 1; }
        delays.Sort();
        Console.WriteLine($"freshness: {delays.Count} new articles; stored -> on home page: median {delays[delays.Count / 2]:F2} s, " +
                          $"p95 {delays[(int)(delays.Count * 0.95)]:F2} s, max {delays[^1]:F2} s (polling every 0.2 s)");
        return 0;
    }

    private static IEnumerable<long> Ids(string html) => ArticleLink().Matches(html).Select(m => long.Parse(m.Groups[1].Value));

    [GeneratedRegex("href=\"/baca/(\\d+)\"")]
    private static partial Regex ArticleLink();
}
