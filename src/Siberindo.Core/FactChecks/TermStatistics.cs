namespace Siberindo.Core.FactChecks;

/// <summary>
/// Document frequencies of analysed terms in the news stream, for the matcher's IDF weights. Filled from the search
/// index's counts in the application, from the articles at hand in commands and benchmarks; a term the stream has never
/// seen weighs as a term seen once.
/// </summary>
public sealed class TermStatistics
{
    readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    readonly Lock _lock = new();
    long _documents;

    public long Documents { get { lock (_lock) return _documents; } }

    /// <summary>Counts one document given its distinct terms.</summary>
    public void AddDocument(IEnumerable<string> distinctTerms)
    {
        lock (_lock)
        {
            _documents++;
            foreach (var term in distinctTerms) _counts[term] = _counts.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>Adds counts kept elsewhere (the search index's): <paramref name="documents"/> more documents.</summary>
    public void AddCounts(long documents, IReadOnlyDictionary<string, long> counts)
    {
        lock (_lock)
        {
            _documents += documents;
            foreach (var (term, count) in counts) _counts[term] = _counts.GetValueOrDefault(term) + count;
        }
    }

    public double Idf(string term)
    {
        lock (_lock) return Math.Log(1 + (_documents + 1.0) / (1 + _counts.GetValueOrDefault(term)));
    }
}
