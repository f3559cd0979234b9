using System.Diagnostics;
using Siberindo.Core.Text;

namespace Siberindo.Bench.Search;

/// <summary>
/// Analyzer throughput on the corpus (title + body): a first pass on a fresh analyzer (every word stemmed for the
/// first time) and the median of repeated passes once the stem cache is warm, as during steady indexing.
/// </summary>
internal static class ThroughputBenchmark
{
    public static void Run(IReadOnlyList<CorpusArticle> articles, int rounds)
    {
        var roots = IndonesianRootDictionary.Default;
        var cold = new IndonesianAnalyzer(new IndonesianStemmer(roots));
        var watch = Stopwatch.StartNew();
        var terms = AnalyzeAll(cold, articles);
        var coldSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"throughput, first pass (cold stem cache): {articles.Count / coldSeconds:N0} articles/s, {terms / coldSeconds:N0} terms/s");

        var warm = IndonesianAnalyzer.Default;
        AnalyzeAll(warm, articles);
        var samples = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            watch.Restart();
            AnalyzeAll(warm, articles);
            samples.Add(watch.Elapsed.TotalSeconds);
        }

        samples.Sort();
        var median = samples[samples.Count / 2];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        AnalyzeAll(warm, articles);
        var allocatedPerArticle = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / articles.Count;
        Console.WriteLine($"throughput, warm (median of {rounds} passes over {articles.Count} articles): " +
            $"{articles.Count / median:N0} articles/s, {terms / median:N0} terms/s, {allocatedPerArticle:N0} bytes allocated per article (AnalyzeToString)");
    }

    private static long AnalyzeAll(IndonesianAnalyzer analyzer, IReadOnlyList<CorpusArticle> articles)
    {
        long terms = 0;
        foreach (var article in articles)
        {
            terms += CountTerms(analyzer.AnalyzeToString(article.Title));
            terms += CountTerms(analyzer.AnalyzeToString(article.Body));
        }

        return terms;
    }

    private static int CountTerms(string analyzed) => analyzed.Length == 0 ? 0 : analyzed.AsSpan().Count(' ') + 1;
}
