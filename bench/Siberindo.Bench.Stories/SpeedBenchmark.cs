using System.Diagnostics;
using Siberindo.Core.Stories;

namespace Siberindo.Bench.Stories;

/// <summary>
/// Loads <c>articles</c> synthetic articles into one <see cref="StoryIndex"/>, timing fingerprinting + assignment of
/// each of the last <c>measure</c> ones (so they are measured with nearly the full index in place), and reports the
/// index memory per article from the managed heap and the process working set.
/// </summary>
static class SpeedBenchmark
{
    public static void Run(int articles, int measure)
    {
        var news = new SyntheticNews(seed: 7);
        GC.Collect();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long workingSetBefore = Process.GetCurrentProcess().WorkingSet64;

        var index = new StoryIndex(places: Places.FromCatalog());
        var timings = new double[measure];
        int copies = 0, stories = 0;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < articles; i++)
        {
            var article = news.Next();
            long start = Stopwatch.GetTimestamp();
            var update = index.Add(article);
            long elapsed = Stopwatch.GetTimestamp() - start;
            if (i >= articles - measure) timings[i - (articles - measure)] = elapsed * 1000.0 / Stopwatch.Frequency;
            if (update.Assignment.CopyOfId is not null) copies++;
            if (update.Assignment.StoryId == article.Id) stories++;
            if ((i + 1) % 100_000 == 0) Console.Error.WriteLine($"  {i + 1:N0} articles, {total.Elapsed.TotalSeconds:0}s");
        }
        total.Stop();

        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        long workingSetAfter = Process.GetCurrentProcess().WorkingSet64;
        GC.KeepAlive(index);
        Array.Sort(timings);
        Console.WriteLine($"articles: {articles:N0} (copies {copies:N0}, stories {stories:N0}); wall time {total.Elapsed.TotalSeconds:0.0}s incl. text generation");
        Console.WriteLine($"fingerprint + assign, last {measure:N0} articles: median {timings[measure / 2]:0.000} ms, p99 {timings[(int)(measure * 0.99)]:0.000} ms, max {timings[^1]:0.000} ms");
        Console.WriteLine($"index memory: managed heap {(heapAfter - heapBefore) / (double)articles:0} bytes/article, working set {(workingSetAfter - workingSetBefore) / (double)articles:0} bytes/article");
    }
}
