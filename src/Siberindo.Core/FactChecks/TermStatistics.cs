namespace Siberindo.Core.FactChecks;

/// <summary>
/// Document frequencies of analysed terms in the news stream, for the matcher's IDF weights. The application's matching
/// stage fills it from the counts the search index keeps (<see cref="Record"/>), for the terms of the articles and
/// claims at hand; commands and benchmarks count the articles they read (<see cref="AddDocument"/>). A term never seen
/// weighs as a term in no document.
/// </summary>
public sealed class TermStatistics
{
    readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    readonly Lock _lock = new();
    long _documents;

    public long Documents { get { lock (_lock) return _documents; } }

    /// <summary>How many terms have a count (those recorded as unseen included).</summary>
    public int TermCount { get { lock (_lock) return _counts.Count; } }

    /// <summary>Counts one document given its distinct terms.</summary>
    public void AddDocument(IEnumerable<string> distinctTerms)
    {
        lock (_lock)
        {
            _documents++;
            foreach (var term in distinctTerms) _counts[term] = _counts.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>
    /// Takes counts kept elsewhere (the search index's): the number of documents there now, and the document frequency
    /// of each of <paramref name="terms"/>; a term missing from <paramref name="counts"/> is recorded as unseen, so
    /// that <see cref="Unknown"/> does not ask for it again.
    /// </summary>
    public void Record(long documents, IEnumerable<string> terms, IReadOnlyDictionary<string, long> counts)
    {
        lock (_lock)
        {
            _documents = documents;
            foreach (var term in terms) _counts[term] = counts.GetValueOrDefault(term);
        }
    }

    /// <summary>The distinct terms of <paramref name="terms"/> that have no count yet.</summary>
    public List<string> Unknown(IEnumerable<string> terms)
    {
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        lock (_lock)
            foreach (var term in terms)
                if (!_counts.ContainsKey(term)) unknown.Add(term);
        return [.. unknown];
    }

    /// <summary>Forgets every count (they are read again when needed: the source's counts have grown).</summary>
    public void Clear()
    {
        lock (_lock) { _counts.Clear(); _documents = 0; }
    }

    public double Idf(string term)
    {
        lock (_lock) return Math.Log(1 + (_documents + 1.0) / (1 + _counts.GetValueOrDefault(term)));
    }
}
