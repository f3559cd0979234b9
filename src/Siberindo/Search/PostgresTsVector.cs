using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Siberindo.Search;

/// <summary>
/// What the PostgreSQL index stores of an article's terms, written here so the server only reads lists instead of
/// running its text parser over every article:
/// <list type="bullet">
/// <item>a <c>tsvector</c> of its distinct terms without positions, what <c>strip(to_tsvector('simple', title || ' ' ||
/// body))</c> makes of them (terms are lowercase letters and digits, which that parser keeps whole), followed by its facet tokens
/// (<see cref="SearchFacets"/>) and its id bucket, marked with <see cref="FacetMark"/> so no term can equal one: the GIN
/// index matches on it;</item>
/// <item>its term frequencies for ranking: f = TitleWeight * title hits + body hits, the same figure SQLite's
/// <see cref="Fts5Bm25"/> counts from positions, as a <c>jsonb</c> object holding only the terms whose f is not 1
/// (most terms occur once, in the body), so that a query reads f with one key lookup instead of running
/// <c>ts_rank_cd</c> over positions (3.7 µs per term per article, measured).</item>
/// </list>
/// </summary>
internal static class PostgresTsVector
{
    public const char FacetMark = '#';

    /// <summary>
    /// Id buckets of 2^12 to 2^20 articles: the window common-word queries are narrowed to is a few whole buckets of one
    /// size (few, because GIN advances every bucket's postings for each candidate; of one size chosen per query, so that
    /// the window holds not many more matches than it needs).
    /// </summary>
    public static readonly int[] BucketBits = [12, 14, 16, 18, 20];

    public static string Facet(string token) => FacetMark + token;

    public static string Bucket(int bits, long articleId) =>
        Facet($"b{bits.ToString(CultureInfo.InvariantCulture)}_{(articleId >> bits).ToString(CultureInfo.InvariantCulture)}");

    public static IEnumerable<string> Buckets(long articleId) => BucketBits.Select(bits => Bucket(bits, articleId));

    /// <summary>
    /// What is written for one article, from one count of its terms: its lexemes (distinct terms, then facets) and the
    /// jsonb text of every term whose f is not 1.
    /// </summary>
    public static (List<string> Lexemes, string FrequencyJson) Terms(string titleTerms, string bodyTerms, IEnumerable<string> facets)
    {
        var lexemes = new List<string>();
        var json = new StringBuilder("{");
        foreach (var (term, f) in Frequencies(titleTerms, bodyTerms))
        {
            lexemes.Add(term);
            if (f == 1) continue;
            if (json.Length > 1) json.Append(',');
            json.Append('"').Append(term).Append("\":").Append(f.ToString("R", CultureInfo.InvariantCulture));
        }
        lexemes.AddRange(facets);
        return (lexemes, json.Append('}').ToString());
    }

    /// <summary>The lexemes an article's document holds besides its terms: its facets and id buckets.</summary>
    public static IEnumerable<string> Facets(SearchDocument d) =>
        [.. d.Facets.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Facet), .. Buckets(d.ArticleId)];

    /// <summary>The tsvector's text form: each lexeme quoted (they hold no quotes or backslashes).</summary>
    public static string Text(List<string> lexemes)
    {
        var document = new StringBuilder(lexemes.Sum(l => l.Length + 3));
        foreach (var lexeme in lexemes) document.Append(document.Length > 0 ? " '" : "'").Append(lexeme).Append('\'');
        return document.ToString();
    }

    /// <summary>
    /// The tsvector's binary form, which COPY hands to PostgreSQL's <c>tsvectorrecv</c> as it is: the number of lexemes,
    /// then each lexeme NUL-terminated with its number of positions (none), in the order PostgreSQL keeps them (byte
    /// order, a prefix first: .NET's ordinal order, which is UTF-8 byte order for text without surrogates, and terms
    /// are letters and digits, never surrogates), so the server need not sort. Sorts
    /// <paramref name="lexemes"/>.
    /// </summary>
    public static byte[] Binary(List<string> lexemes)
    {
        lexemes.Sort(StringComparer.Ordinal);
        var size = 4;
        foreach (var lexeme in lexemes) size += Encoding.UTF8.GetByteCount(lexeme) + 3;
        var bytes = new byte[size];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes, lexemes.Count);
        var at = 4;
        foreach (var lexeme in lexemes)
        {
            at += Encoding.UTF8.GetBytes(lexeme, bytes.AsSpan(at));
            at += 3; // the NUL and a zero position count
        }
        return bytes;
    }

    private static Dictionary<string, double> Frequencies(string titleTerms, string bodyTerms)
    {
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        var lookup = frequencies.GetAlternateLookup<ReadOnlySpan<char>>(); // a repeated term allocates nothing
        Add(titleTerms, SearchRanking.TitleWeight);
        Add(bodyTerms, 1);
        return frequencies;

        void Add(string terms, double weight)
        {
            foreach (var range in terms.AsSpan().Split(' '))
            {
                if (range.End.Value == range.Start.Value) continue;
                CollectionsMarshal.GetValueRefOrAddDefault(lookup, terms.AsSpan(range), out _) += weight;
            }
        }
    }
}

/// <summary>
/// Which of the newest id buckets make a window of at least a given number of ids: of the bucket size that costs least
/// (measured at 1,000,000 articles: about 0.5 ms per bucket in the match, since GIN advances every bucket's postings for
/// each candidate, and about 4 µs per match the window holds, at <c>share</c> matches per id), at most
/// <see cref="MaxBuckets"/> of them. Null when no size allows it.
/// </summary>
internal static class BucketWindow
{
    public const int MaxBuckets = 16;
    private const double MillisecondsPerBucket = 0.5, MillisecondsPerMatch = 0.004;

    public static (int Bits, long Buckets)? Choose(long newestId, double ids, double share)
    {
        (int Bits, long Buckets, double Cost)? best = null;
        foreach (var bits in PostgresTsVector.BucketBits)
        {
            var last = newestId >> bits;
            var inNewest = newestId - (last << bits) + 1; // the newest bucket is still filling
            var buckets = Math.Min(last + 1, 1 + (long)Math.Ceiling(Math.Max(0, ids - inNewest) / (1L << bits)));
            if (buckets > MaxBuckets) continue;
            var covered = inNewest + (buckets - 1) * (1L << bits);
            var cost = buckets * MillisecondsPerBucket + covered * share * MillisecondsPerMatch;
            if (best is null || cost < best.Value.Cost) best = (bits, buckets, cost);
        }
        return best is { } b ? (b.Bits, b.Buckets) : null;
    }
}
