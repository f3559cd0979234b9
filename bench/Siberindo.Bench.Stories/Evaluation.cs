using System.Diagnostics;
using System.Text.Json;
using Siberindo.Core.Stories;

namespace Siberindo.Bench.Stories;

/// <summary>
/// Feeds the corpus through a <see cref="StoryIndex"/> (labels ignored), writes {"guid","story","copyOf"} per line
/// and scores it with the shared eval_corpus.py.
/// </summary>
static class Evaluation
{
    public static string ScorerPath = "/work/shared/tools/eval_corpus.py";

    /// <summary>Order: null = by published time; otherwise a seeded shuffle (arrival order differs from publication).</summary>
    public static string Predict(List<CorpusArticle> corpus, StoryIndexOptions options, int? shuffleSeed, string outputPath)
    {
        var order = shuffleSeed is { } seed
            ? corpus.OrderBy(_ => 0).ToList().Shuffled(seed)
            : corpus.OrderBy(a => a.Published).ThenBy(a => a.Guid, StringComparer.Ordinal).ToList();
        var index = new StoryIndex(options, Places.FromCatalog());
        var ids = new Dictionary<long, string>();
        long nextId = 1;
        var assignedIds = new Dictionary<string, long>();
        foreach (var a in order)
        {
            long id = nextId++;
            ids[id] = a.Guid;
            assignedIds[a.Guid] = id;
            index.Add(new StoryArticle(id, a.Outlet, a.Title, a.Body, a.Published));
        }
        using (var writer = new StreamWriter(outputPath))
        {
            foreach (var a in corpus)
            {
                var assignment = index.GetAssignment(assignedIds[a.Guid])!;
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    guid = a.Guid,
                    story = "S" + assignment.StoryId,
                    copyOf = assignment.CopyOfId is { } c ? ids[c] : null,
                }));
            }
        }
        return outputPath;
    }

    /// <summary>Predicted stories of more than <paramref name="size"/> articles whose articles report two or more events
    /// (by the corpus labels): the chained stories a reader would meet on the home page.</summary>
    public static string MixedStories(List<CorpusArticle> corpus, string predictionPath, int size = 20)
    {
        var eventOf = corpus.ToDictionary(a => a.Guid, a => a.Story);
        var mixed = File.ReadLines(predictionPath).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(p => p.GetProperty("story").GetString())
            .Where(g => g.Count() > size && g.Select(p => eventOf[p.GetProperty("guid").GetString()!]).Distinct().Count() > 1)
            .Select(g => $"{g.Count()} articles of {g.Select(p => eventOf[p.GetProperty("guid").GetString()!]).Distinct().Count()} events")
            .ToList();
        return $"stories of more than {size} articles mixing events: {mixed.Count}" + (mixed.Count > 0 ? $" ({string.Join("; ", mixed)})" : "");
    }

    public static string Score(string corpusPath, string predictionPath)
    {
        var psi = new ProcessStartInfo("python3", [ScorerPath, "stories", corpusPath, predictionPath]) { RedirectStandardOutput = true };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.TrimEnd();
    }

    /// <summary>(near-dup F1, story B-cubed F1) parsed from the scorer's last line.</summary>
    public static (double NearDup, double Story) Headline(string scorerOutput)
    {
        var last = scorerOutput.Split('\n')[^1];
        var parts = last.Replace(",", "").Split(' ');
        return (double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    static List<T> Shuffled<T>(this List<T> items, int seed)
    {
        var random = new Random(seed);
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }
}
