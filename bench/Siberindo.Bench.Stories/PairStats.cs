using System.Text.Json;
using Siberindo.Core.Stories;

namespace Siberindo.Bench.Stories;

/// <summary>
/// How copy pairs and other pairs of a labelled corpus score on each near-duplicate signal (containment, agreement of
/// names and of figures), as histograms: where the signals separate same-text pairs from template re-runs.
/// </summary>
static class PairStats
{
    /// <summary>The signals of two articles of the corpus, fingerprinted in published order with all others before them.</summary>
    public static void One(string corpusPath, string first, string second)
    {
        var corpus = CorpusArticle.Load(corpusPath).OrderBy(a => a.Published).ToList();
        var fingerprinter = new ArticleFingerprinter(Places.FromCatalog());
        var fps = corpus.Select((a, i) => (a.Guid, Fp: fingerprinter.Fingerprint(new StoryArticle(i, a.Outlet, a.Title, a.Body, a.Published))))
            .ToDictionary(x => x.Guid, x => x.Fp);
        var o = TextOverlap.Of(fps[first], fps[second]);
        var frequencies = new DocumentFrequencies();
        foreach (var fp in fps.Values) frequencies.Add(fp.Terms);
        var (a, b) = (TermVector.ForArticle(fps[first].Terms, frequencies), TermVector.ForArticle(fps[second].Terms, frequencies));
        Console.WriteLine($"cosine {a.Dot(b):0.000}, rare shared {a.SharedTerms(b, t => frequencies.DocumentCount(t) <= frequencies.Documents * 0.005)}, " +
            $"elsewhere {PlaceNames.Elsewhere(fps[first].Places, fps[second].Places)} places {fps[first].Places.Length}/{fps[second].Places.Length}");
        Console.WriteLine($"containment {o.Containment:0.000} ({o.Shared}/{o.SmallerSize}), slots {o.Slots} alike, " +
            $"contexts {fps[first].SlotContexts.Length} / {fps[second].SlotContexts.Length}");
    }

    public static void Run(string corpusPath, int articles)
    {
        var corpus = CorpusArticle.Load(corpusPath).OrderBy(a => a.Published).Take(articles).ToList();
        var fingerprinter = new ArticleFingerprinter();
        var items = corpus.Select((a, i) => (Article: a, Fp: fingerprinter.Fingerprint(new StoryArticle(i, a.Outlet, a.Title, a.Body, a.Published)))).ToList();
        var rows = new Dictionary<string, int[]>();
        void Count(string key, double value)
        {
            if (!rows.TryGetValue(key, out var bins)) rows[key] = bins = new int[11];
            bins[(int)Math.Clamp(Math.Floor(value * 10), 0, 10)]++;
        }
        for (int i = 0; i < items.Count; i++)
        for (int j = i + 1; j < items.Count; j++)
        {
            var o = TextOverlap.Of(items[i].Fp, items[j].Fp);
            if (o.Containment < 0.3) continue;
            bool copy = items[i].Article.DupGroup == items[j].Article.DupGroup;
            string label = copy ? "copy " : items[i].Article.Story == items[j].Article.Story ? "story" : "other";
            Count($"{label} containment", o.Containment);
            if (o.Slots.Shared >= 8) Count($"{label} slots     ", o.Slots.Agreement);
            if (o.Slots.Shared >= 8) Count($"{label} slots>0.9 ", 10 * (o.Slots.Agreement - 0.9));
            if (o.Containment >= 0.5) Count($"{label} differing ", (o.Slots.Shared - o.Slots.Same) / 10.0);
            if (o.Containment >= 0.5 && o.Slots.Shared < 8) Count($"{label} few:diff  ", (o.Slots.Shared - o.Slots.Same) / 10.0);
            var options = new StoryIndexOptions();
            if (o.Containment >= options.CopyContainment && !o.SlotsDisagree(options.SlotAgreement)) Count($"{label} accepted  ", o.Containment);
        }
        Console.WriteLine("pairs with containment >= 0.3; bins 0.0-0.1 ... 1.0");
        foreach (var (key, bins) in rows.OrderBy(kv => kv.Key)) Console.WriteLine($"{key} {string.Join(' ', bins.Select(b => b.ToString().PadLeft(6)))}");
    }
}
