using System.Text.Json;
using Siberindo.Core.Stories;

namespace Siberindo.Bench.Stories;

/// <summary>
/// Threshold margins from the labels, ignoring time: for every article that is not a copy, its best event-term
/// similarity to another member of its own story against its best similarity to a member of any other story (as the
/// index compares, member by member; as if all stories ran at once, the dense case of production). Also the text overlap of copies with their release against the
/// best overlap of non-copies.
/// </summary>
static class Margins
{
    public static void Run(string corpusPath)
    {
        var lines = File.ReadLines(corpusPath).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var fingerprinter = new ArticleFingerprinter();
        var frequencies = new DocumentFrequencies();
        var items = lines.OrderBy(e => e.GetProperty("published").GetDateTimeOffset()).Select((e, i) =>
        {
            var fp = fingerprinter.Fingerprint(new StoryArticle(i, e.GetProperty("outlet").GetString()!, e.GetProperty("title").GetString()!,
                e.GetProperty("body").GetString()!, e.GetProperty("published").GetDateTimeOffset()));
            frequencies.Add(fp.Terms);
            return (Guid: e.GetProperty("guid").GetString()!, Story: e.GetProperty("story").GetString()!, Dup: e.GetProperty("dupGroup").GetString()!,
                Kind: e.GetProperty("kind").GetString()!, Fp: fp);
        }).ToList();
        var vectors = items.Select(x => TermVector.ForArticle(x.Fp.Terms, frequencies)).ToList();

        Console.WriteLine("kind        same-story  best-other  (best cosine to a member; time ignored)");
        var same = new List<double>(); var other = new List<double>();
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Kind == "copy") continue;
            double s = double.NaN, o = 0;
            for (int j = 0; j < items.Count; j++)
            {
                if (j == i) continue;
                double cosine = vectors[i].Dot(vectors[j]);
                if (items[j].Story == items[i].Story) s = double.IsNaN(s) ? cosine : Math.Max(s, cosine);
                else o = Math.Max(o, cosine);
            }
            if (!double.IsNaN(s)) same.Add(s);
            other.Add(o);
            Console.WriteLine($"{items[i].Guid} {items[i].Kind,-11} {s,6:0.000} {o,10:0.000}");
        }
        Console.WriteLine($"same-story similarity: min {same.Min():0.000}, 5th pct {Pct(same, 0.05):0.000}; other-story best: max {other.Max():0.000}, 95th pct {Pct(other, 0.95):0.000}");

        var copyC = new List<double>(); var nonCopyC = new List<double>();
        for (int i = 0; i < items.Count; i++)
        for (int j = i + 1; j < items.Count; j++)
        {
            var o = TextOverlap.Of(items[i].Fp, items[j].Fp);
            bool copy = items[i].Dup == items[j].Dup;
            bool template = o.SlotsDisagree(new StoryIndexOptions().SlotAgreement);
            if (copy) copyC.Add(template ? 0 : o.Containment); else nonCopyC.Add(template ? 0 : o.Containment);
            if (copy && (o.Containment < 0.6 || template) || !copy && !template && o.Containment > 0.3)
                Console.WriteLine($"pair {items[i].Guid} {items[j].Guid} same-text={copy} containment {o.Containment:0.000} slots {o.Slots} template={template}");
        }
        Console.WriteLine($"copy pairs: containment min {copyC.Min():0.000}, 5th pct {Pct(copyC, 0.05):0.000}; other pairs (template rule applied): max {nonCopyC.Max():0.000}, 99.9th pct {Pct(nonCopyC, 0.999):0.000}");
    }

    static double Pct(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Round(p * (sorted.Count - 1)), 0, sorted.Count - 1)];
    }
}
