namespace Siberindo.Bench.Search;

/// <summary>
/// A small in-memory BM25F index over two fields, title and body: a term's frequency in each field is normalised by
/// that field's length, the title's is weighted by <c>titleBoost</c>, and the sum goes through BM25's saturation.
/// Queries are an OR of their distinct terms. Enough to compare analyzers; not the production search.
/// </summary>
internal sealed class Bm25Index(double titleBoost = 2.0, double k1 = 1.2, double b = 0.75)
{
    private readonly List<string> _ids = [];
    private readonly List<(int Title, int Body)> _lengths = [];
    private readonly Dictionary<string, List<(int Doc, int Title, int Body)>> _postings = new(StringComparer.Ordinal);

    public void Add(string id, IReadOnlyList<string> titleTerms, IReadOnlyList<string> bodyTerms)
    {
        var doc = _ids.Count;
        _ids.Add(id);
        _lengths.Add((titleTerms.Count, bodyTerms.Count));
        var counts = new Dictionary<string, (int Title, int Body)>(StringComparer.Ordinal);
        foreach (var term in titleTerms)
        {
            counts[term] = counts.TryGetValue(term, out var c) ? (c.Title + 1, c.Body) : (1, 0);
        }

        foreach (var term in bodyTerms)
        {
            counts[term] = counts.TryGetValue(term, out var c) ? (c.Title, c.Body + 1) : (0, 1);
        }

        foreach (var (term, (title, body)) in counts)
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                _postings[term] = list = [];
            }

            list.Add((doc, title, body));
        }
    }

    public IReadOnlyList<string> Search(IEnumerable<string> queryTerms, int top)
    {
        var n = _ids.Count;
        var averageTitle = Math.Max(1.0, _lengths.Average(l => l.Title));
        var averageBody = Math.Max(1.0, _lengths.Average(l => l.Body));
        var scores = new double[n];
        foreach (var term in queryTerms.Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = Math.Log(1 + (n - postings.Count + 0.5) / (postings.Count + 0.5));
            foreach (var (doc, title, body) in postings)
            {
                var (titleLength, bodyLength) = _lengths[doc];
                var tf = titleBoost * title / (1 - b + b * titleLength / averageTitle)
                    + body / (1 - b + b * bodyLength / averageBody);
                scores[doc] += idf * tf * (k1 + 1) / (tf + k1);
            }
        }

        return Enumerable.Range(0, n)
            .Where(d => scores[d] > 0)
            .OrderByDescending(d => scores[d])
            .ThenBy(d => d)
            .Take(top)
            .Select(d => _ids[d])
            .ToList();
    }
}
