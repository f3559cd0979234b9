using System.Runtime.InteropServices;

namespace Siberindo.Search;

/// <summary>
/// The document frequency of every indexed term, plus the number of documents and their total length, as both stores
/// keep them in a <c>search_terms</c> table: the query plan reads a few rows of it instead of counting postings
/// (a walk over a common term's whole posting list). Counts only grow: an article indexed again (revised) counts
/// twice and a deleted one stays counted until the next rebuild; IDF is a logarithm, so such drift barely moves it.
/// </summary>
internal static class SearchTermCounts
{
    // Rows that are not terms (terms are [a-z0-9]+): the document count and the total length in terms; and per facet
    // token (SearchFacets), FacetKey(token), the number of articles that have it.
    public const string DocumentsKey = "#documents", LengthKey = "#length";

    public static string FacetKey(string token) => "#" + token;

    public static void Count(IReadOnlyList<SearchDocument> documents, Dictionary<string, long> counts)
    {
        // Per term of the batch: the documents counted so far and the last one that held it. Looked up by span, so a
        // term seen before allocates nothing (this runs for every term of every article indexed).
        var batch = new Dictionary<string, (long Documents, int Last)>(StringComparer.Ordinal);
        var lookup = batch.GetAlternateLookup<ReadOnlySpan<char>>();
        long length = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            foreach (var text in (ReadOnlySpan<string>)[d.TitleTerms, d.BodyTerms])
            {
                foreach (var range in text.AsSpan().Split(' '))
                {
                    if (range.End.Value == range.Start.Value) continue;
                    length++;
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, text.AsSpan(range), out var seen);
                    if (!seen || entry.Last != i) entry = (entry.Documents + 1, i);
                }
            }
            foreach (var range in d.Facets.AsSpan().Split(' '))
            {
                if (range.End.Value == range.Start.Value) continue;
                var key = FacetKey(d.Facets[range]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        foreach (var (term, entry) in batch) counts[term] = counts.GetValueOrDefault(term) + entry.Documents;
        counts[DocumentsKey] = counts.GetValueOrDefault(DocumentsKey) + documents.Count;
        counts[LengthKey] = counts.GetValueOrDefault(LengthKey) + length;
    }

    /// <summary>Counts the documents' terms on the thread pool, while the caller writes them to the index.</summary>
    public static Task<Dictionary<string, long>> CountInBackground(IReadOnlyList<SearchDocument> documents) => Task.Run(() =>
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        Count(documents, counts);
        return counts;
    });

    public static void AddTo(Dictionary<string, long> total, Dictionary<string, long> counts)
    {
        foreach (var (key, value) in counts) total[key] = total.GetValueOrDefault(key) + value;
    }

    /// <summary>The number of terms in space-joined terms, as FTS5 counts a column's length.</summary>
    public static int Length(string terms)
    {
        var length = 0;
        foreach (var range in terms.AsSpan().Split(' '))
            if (range.End.Value > range.Start.Value) length++;
        return length;
    }

    /// <summary>BM25's inverse document frequency (the non-negative form both stores use).</summary>
    public static double Idf(long documentFrequency, long documents) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));

    /// <summary>The number of documents and their average length in terms, from the counts read for a query.</summary>
    public static (long Documents, double AverageLength) Corpus(IReadOnlyDictionary<string, long> counts)
    {
        var documents = Math.Max(1, counts.GetValueOrDefault(DocumentsKey));
        return (documents, Math.Max(1.0, counts.GetValueOrDefault(LengthKey) / (double)documents));
    }

    /// <summary>The counts in term order: concurrent writers lock rows in the same order and cannot deadlock.</summary>
    public static List<KeyValuePair<string, long>> Ordered(Dictionary<string, long> counts) =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
}
