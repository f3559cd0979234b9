using Siberindo.Core.FactChecks;
using Siberindo.Search;
using Siberindo.Storage;

namespace Siberindo.FactChecks;

/// <summary>
/// Fills the matcher's word rarity (<see cref="TermStatistics"/>) from the search index's document counts
/// (<see cref="IndexedTermFrequencies"/>) for the terms it is about to weigh, instead of analysing the stream a second
/// time: the search stage analyses every article anyway, with the same analyzer, and counts the whole indexed archive.
/// Counts read once are kept until the index has grown by a tenth (IDF is a logarithm: a tenth more documents moves
/// a weight by well under a tenth), then read again as needed.
/// </summary>
public sealed class IndexedWordRarity(TermStatistics statistics)
{
    const double Growth = 0.1;
    /// <summary>The most terms kept between refreshes: a stage running for weeks meets every typo of the stream.</summary>
    public const int MaxTerms = 250_000;
    long _documentsWhenCleared = -1;

    public TermStatistics Statistics => statistics;

    /// <summary>Makes sure every one of <paramref name="terms"/> has its count from the index.</summary>
    public async Task PrepareAsync(SiberindoDb db, IEnumerable<string> terms, CancellationToken ct)
    {
        var documents = await IndexedTermFrequencies.DocumentsAsync(db, ct);
        // Read again when the index has grown, or shrunk (emptied to be rebuilt), or too many terms are kept.
        if (_documentsWhenCleared < 0 || documents > _documentsWhenCleared * (1 + Growth) || documents < _documentsWhenCleared
            || statistics.TermCount > MaxTerms)
        {
            statistics.Clear();
            _documentsWhenCleared = documents;
        }
        var unknown = statistics.Unknown(terms);
        if (unknown.Count == 0)
        {
            statistics.Record(documents, [], new Dictionary<string, long>());
            return;
        }
        statistics.Record(documents, unknown, await IndexedTermFrequencies.CountsAsync(db, unknown, ct));
    }
}
