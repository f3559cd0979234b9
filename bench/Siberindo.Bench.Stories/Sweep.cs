using Siberindo.Core.Stories;

namespace Siberindo.Bench.Stories;

/// <summary>Scores with one threshold varied at a time around the defaults, in published and shuffled order.</summary>
static class Sweep
{
    public static void Run(string corpusPath)
    {
        var corpus = CorpusArticle.Load(corpusPath);
        var d = new StoryIndexOptions();
        var rows = new List<(string Name, double Value, StoryIndexOptions Options)>();
        foreach (var v in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 }) rows.Add(("CopyContainment", v, d with { CopyContainment = v }));
        foreach (var v in new[] { 0.2, 0.35, 0.5, 0.65, 0.8 }) rows.Add(("SlotAgreement", v, d with { SlotAgreement = v }));
        foreach (var v in new[] { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5 }) rows.Add(("StorySimilarity", v, d with { StorySimilarity = v }));
        foreach (var v in new[] { 1.0, 2, 3, 5, 7 }) rows.Add(("StoryWindow (days)", v, d with { StoryWindow = TimeSpan.FromDays(v) }));

        Console.WriteLine("| threshold | value | near-dup F1 (published order) | story F1 (published order) | near-dup F1 (shuffled x3, min) | story F1 (shuffled x3, min) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var path = Path.Combine(Path.GetTempPath(), "siberindo-stories-sweep.jsonl");
        foreach (var (name, value, options) in rows)
        {
            var ordered = Evaluation.Headline(Evaluation.Score(corpusPath, Evaluation.Predict(corpus, options, null, path)));
            var shuffled = Enumerable.Range(1, 3)
                .Select(seed => Evaluation.Headline(Evaluation.Score(corpusPath, Evaluation.Predict(corpus, options, seed, path)))).ToList();
            Console.WriteLine($"| {name} | {value:0.##} | {ordered.NearDup:0.000} | {ordered.Story:0.000} | {shuffled.Min(s => s.NearDup):0.000} | {shuffled.Min(s => s.Story):0.000} |");
        }
    }
}
