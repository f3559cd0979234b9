using Siberindo.Core.FactChecks;
using Siberindo.Core.Stories;
using Siberindo.Core.Text;

/// <summary>
/// The plain baseline the issue names: BM25 (k1 1.2, b 0.75) over the fact-checks' text (title, claim, explanation,
/// body) with the article's terms as the query, and a label when the top score passes one threshold, tuned on the
/// corpus for label F1 (so the baseline is as good as it can be on it).
/// </summary>
sealed class Bm25Baseline
{
    const double K1 = 1.2, B = 0.75;
    readonly List<(string Key, Dictionary<string, int> Tf, int Length)> _docs = [];
    readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    double _avg;

    public Bm25Baseline(IEnumerable<(string Key, ClaimText Text)> claims)
    {
        foreach (var (key, c) in claims)
        {
            var terms = IndonesianAnalyzer.Default.Analyze($"{c.Title}\n{c.Claim}\n{c.Review}").ToList();
            var tf = terms.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var t in tf.Keys) _df[t] = _df.GetValueOrDefault(t) + 1;
            _docs.Add((key, tf, terms.Count));
        }
        _avg = _docs.Average(d => d.Length);
    }

    public List<(string Claim, double Score)> Rank(string title, string body)
    {
        var query = new HashSet<string>(IndonesianAnalyzer.Default.Analyze(Boilerplate.CleanTitle(title)), StringComparer.Ordinal);
        foreach (var p in Boilerplate.ContentParagraphs(body)) query.UnionWith(IndonesianAnalyzer.Default.Analyze(p));
        var n = _docs.Count;
        return _docs.Select(d =>
        {
            double s = 0;
            foreach (var t in query)
            {
                if (!d.Tf.TryGetValue(t, out var f)) continue;
                var df = _df[t];
                var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                s += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * d.Length / _avg));
            }
            return (d.Key, s);
        }).OrderByDescending(x => x.s).Take(5).ToList();
    }
}
