namespace Siberindo.Core.Stories;

/// <summary>How many articles contain each event term, learnt as articles arrive (no external corpus needed).</summary>
sealed class DocumentFrequencies
{
    readonly Dictionary<uint, int> _counts = new();
    int _documents;

    public void Add(ulong[] packedTerms)
    {
        _documents++;
        foreach (var p in packedTerms)
        {
            var term = EventTerms.Term(p);
            _counts[term] = _counts.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>Smoothed inverse document frequency, ln(1 + N / df): positive even for a term in every article.</summary>
    public double Idf(uint term) => Math.Log(1 + (double)_documents / Math.Max(1, _counts.GetValueOrDefault(term)));

    public int Documents => _documents;

    public int DocumentCount(uint term) => _counts.GetValueOrDefault(term);
}
