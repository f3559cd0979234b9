namespace Siberindo.Core.Stories;

/// <summary>
/// Word shingles: every run of <see cref="Size"/> consecutive tokens within one paragraph, hashed to 32 bits.
/// Shingles do not cross paragraph boundaries, so a copy with reordered or cut paragraphs keeps all shingles of the
/// paragraphs it kept. The lowest bit of a shingle hash marks shingles that contain a number: a template release that
/// reuses old wording with new figures shares the wording but not these, which is how it is told apart from a copy.
/// </summary>
public static class Shingles
{
    /// <summary>Four words: long enough that unrelated articles rarely share a shingle, short enough that a light word
    /// swap breaks only four shingles.</summary>
    public const int Size = 4;

    /// <summary>1 in 4 shingles is indexed for candidate lookup (Broder's mod-m sample: the same shingle is sampled in
    /// every article, so shared samples estimate shared text). A short copy of 60 shingles at containment 0.6 then
    /// brings about 9 shared keys, and missing the two that make a candidate has odds of about one in a thousand.</summary>
    public const int SampleBits = 2;

    public const uint NumberFlag = 1;

    public static bool HasNumber(uint shingle) => (shingle & NumberFlag) != 0;

    public static bool IsSampled(uint shingle) => shingle >> (32 - SampleBits) == 0;

    /// <summary>
    /// Appends the shingle hashes of one segment (a title or a paragraph) to <paramref name="output"/>, and for every
    /// shingle with a number its context to <paramref name="numberContexts"/>: (hash with numbers masked &lt;&lt; 32) |
    /// exact hash. Where two articles share a context they have the same sentence; whether the exact hashes match then
    /// says whether the figures are the same (a copy) or were changed (a template re-run).
    /// </summary>
    public static void AddSegment(ReadOnlySpan<Token> tokens, List<uint> output, List<ulong> numberContexts)
    {
        if (tokens.Length == 0) return;
        int size = Math.Min(Size, tokens.Length);
        for (int i = 0; i + size <= tokens.Length; i++)
        {
            var window = tokens.Slice(i, size);
            var exact = Hash(window, maskNumbers: false);
            output.Add(exact);
            if (HasNumber(exact)) numberContexts.Add(((ulong)Hash(window, maskNumbers: true) << 32) | exact);
        }
    }

    /// <summary>Sorted distinct values, the form stored in <see cref="ArticleFingerprint"/>.</summary>
    public static T[] ToSortedSet<T>(List<T> values) where T : IComparable<T>
    {
        values.Sort();
        int n = 0;
        for (int i = 0; i < values.Count; i++)
            if (n == 0 || values[i].CompareTo(values[n - 1]) != 0) values[n++] = values[i];
        return values.GetRange(0, n).ToArray();
    }

    const ulong NumberPlaceholder = 0x6A09E667F3BCC909;

    static uint Hash(ReadOnlySpan<Token> window, bool maskNumbers)
    {
        ulong h = 0x243F6A8885A308D3;
        bool number = false;
        foreach (var t in window)
        {
            h = Tokens.Mix(h ^ (maskNumbers && t.IsNumber ? NumberPlaceholder : t.Hash));
            number |= t.IsNumber;
        }
        return ((uint)(h >> 32) & ~NumberFlag) | (number ? NumberFlag : 0);
    }
}
