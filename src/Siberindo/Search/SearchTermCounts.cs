namespace Siberindo.Search;

/// <summary>
/// The document frequency of every indexed term, plus the number of documents and their total length, as both stores
/// keep them in a <c>search_terms</c> table: the query plan reads a few rows of it instead of counting postings
/// (a walk over a common term's whole posting list). Counts only grow: an article indexed again (revised) counts
/// twice and a deleted one stays counted until the next rebuild; IDF is a logarithm, so such drift barely moves it.
/// </summary>
internal static class SearchTermCounts
{
    // Rows that are not terms (terms are [a-z0-9]+): the document count and the total length in terms.
    public const string DocumentsKey = "#documents", LengthKey = "#length";

    public static void Count(IReadOnlyList<SearchDocument> documents, Dictionary<string, long> counts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long length = 0;
        foreach (var d in documents)
        {
            seen.Clear();
            foreach (var text in (ReadOnlySpan<string>)[d.TitleTerms, d.BodyTerms])
            {
                foreach (var term in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    length++;
                    if (seen.Add(term)) counts[term] = counts.GetValueOrDefault(term) + 1;
                }
            }
        }
        counts[DocumentsKey] = counts.GetValueOrDefault(DocumentsKey) + documents.Count;
        counts[LengthKey] = counts.GetValueOrDefault(LengthKey) + length;
    }

    /// <summary>The counts in term order: concurrent writers lock rows in the same order and cannot deadlock.</summary>
    public static List<KeyValuePair<string, long>> Ordered(Dictionary<string, long> counts) =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
}
