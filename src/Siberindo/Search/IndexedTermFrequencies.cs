using Siberindo.Storage;

namespace Siberindo.Search;

/// <summary>
/// What the search index knows of word rarity, for other features that weigh words as the stream does (claim
/// matching): how many articles it holds and in how many of them each analysed term occurs. Read from the counts both
/// stores keep for the query plan (<see cref="SearchTermCounts"/>), so a reader analyses nothing again. The terms are
/// those of <see cref="Core.Text.IndonesianAnalyzer"/>, which the index is built with.
/// </summary>
public static class IndexedTermFrequencies
{
    // Lookups by primary key, a few hundred per statement: well under SQLite's and PostgreSQL's parameter limits.
    const int TermsPerQuery = 500;

    /// <summary>The number of indexed articles.</summary>
    public static async Task<long> DocumentsAsync(SiberindoDb db, CancellationToken ct) =>
        (await SearchSql.CountsAsync(db, [SearchTermCounts.DocumentsKey], ct)).GetValueOrDefault(SearchTermCounts.DocumentsKey);

    /// <summary>The document frequency of each of <paramref name="terms"/> that the index has (a term it has never
    /// seen is absent).</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(SiberindoDb db, IReadOnlyCollection<string> terms, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(terms.Count, StringComparer.Ordinal);
        foreach (var chunk in terms.Chunk(TermsPerQuery))
            foreach (var (term, count) in await SearchSql.CountsAsync(db, chunk, ct)) counts[term] = count;
        return counts;
    }
}
