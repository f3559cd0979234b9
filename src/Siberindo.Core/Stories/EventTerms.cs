namespace Siberindo.Core.Stories;

/// <summary>
/// The words and figures that say which event an article reports: names, places, institutions, amounts and dates.
/// Function words and reporting verbs are dropped; headline words count double because a headline is the article's own
/// summary of the event, and so do names and figures in the body.
/// </summary>
public static class EventTerms
{
    const int TitleWeight = 2;
    static readonly HashSet<ulong> NoPlaceWords = [];

    // Names, places and figures identify an event; common nouns describe its kind, which similar events share.
    internal static int NameWeight = 2;

    /// <summary>Terms packed as (32-bit term hash &lt;&lt; 32) | count, sorted by term.</summary>
    /// <param name="placeWords">Words of regency and province names (<see cref="PlaceNames"/>), flagged
    /// (<see cref="IsPlace"/>): they count towards similarity, but two events of one regency share its name without
    /// being one, so they are no evidence of the same event on their own.</param>
    public static ulong[] Extract(ReadOnlySpan<Token> title, IEnumerable<ArraySegment<Token>> paragraphs, IReadOnlySet<ulong>? placeWords = null)
    {
        var counts = new Dictionary<uint, int>();
        placeWords ??= NoPlaceWords;
        // Headlines are written in title case: a capital there says nothing about a name.
        Count(title, TitleWeight, counts, namesWeighDouble: false, placeWords);
        foreach (var p in paragraphs) Count(p, 1, counts, namesWeighDouble: true, placeWords);
        var packed = new ulong[counts.Count];
        int i = 0;
        foreach (var (term, count) in counts) packed[i++] = ((ulong)term << 32) | (uint)count;
        Array.Sort(packed);
        return packed;
    }

    public static uint Term(ulong packed) => (uint)(packed >> 32);

    public static int Count(ulong packed) => (int)(uint)packed & ~PlaceFlag;

    public static bool IsPlace(ulong packed) => ((int)(uint)packed & PlaceFlag) != 0;

    // Set in the count half of a packed term whose word belongs to a regency or province name.
    const int PlaceFlag = 1 << 30;

    static void Count(ReadOnlySpan<Token> tokens, int weight, Dictionary<uint, int> counts, bool namesWeighDouble, IReadOnlySet<ulong> placeWords)
    {
        foreach (var t in tokens)
        {
            if (!IsEventTerm(t)) continue;
            var term = (uint)(t.Hash >> 32);
            bool name = t.IsNumber || t.Capitalised && namesWeighDouble;
            var count = (counts.GetValueOrDefault(term) & ~PlaceFlag) + weight * (name ? NameWeight : 1);
            counts[term] = count | (placeWords.Contains(t.Hash) ? PlaceFlag : 0);
        }
    }

    // Single digits ("3 orang") and two-letter words carry no event identity; longer numbers (amounts, dates) do.
    static bool IsEventTerm(Token t) => !t.IsStopword && (t.IsNumber ? t.Length >= 2 : t.Length >= 3);
}
