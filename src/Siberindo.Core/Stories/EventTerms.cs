namespace Siberindo.Core.Stories;

/// <summary>
/// The words and figures that say which event an article reports: names, places, institutions, amounts and dates.
/// Function words and reporting verbs are dropped; headline words count double because a headline is the article's own
/// summary of the event, and so do names and figures in the body.
/// </summary>
public static class EventTerms
{
    const int TitleWeight = 2;

    // Names, places and figures identify an event; common nouns describe its kind, which similar events share.
    internal static int NameWeight = 2;

    /// <summary>Terms packed as (32-bit term hash &lt;&lt; 32) | count, sorted by term.</summary>
    public static ulong[] Extract(ReadOnlySpan<Token> title, IEnumerable<ArraySegment<Token>> paragraphs)
    {
        var counts = new Dictionary<uint, int>();
        // Headlines are written in title case: a capital there says nothing about a name.
        Count(title, TitleWeight, counts, namesWeighDouble: false);
        foreach (var p in paragraphs) Count(p, 1, counts, namesWeighDouble: true);
        var packed = new ulong[counts.Count];
        int i = 0;
        foreach (var (term, count) in counts) packed[i++] = ((ulong)term << 32) | (uint)count;
        Array.Sort(packed);
        return packed;
    }

    public static uint Term(ulong packed) => (uint)(packed >> 32);

    public static int Count(ulong packed) => (int)(uint)packed;

    static void Count(ReadOnlySpan<Token> tokens, int weight, Dictionary<uint, int> counts, bool namesWeighDouble)
    {
        foreach (var t in tokens)
        {
            if (!IsEventTerm(t)) continue;
            var term = (uint)(t.Hash >> 32);
            bool name = t.IsNumber || t.Capitalised && namesWeighDouble;
            counts[term] = counts.GetValueOrDefault(term) + weight * (name ? NameWeight : 1);
        }
    }

    // Single digits ("3 orang") and two-letter words carry no event identity; longer numbers (amounts, dates) do.
    static bool IsEventTerm(Token t) => !t.IsStopword && (t.IsNumber ? t.Length >= 2 : t.Length >= 3);
}
