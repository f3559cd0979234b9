namespace Siberindo.Core.Stories;

/// <summary>
/// Word shingles: every run of <see cref="Size"/> consecutive tokens within one paragraph, hashed to 32 bits.
/// Shingles do not cross paragraph boundaries, so a copy with reordered or cut paragraphs keeps all shingles of the
/// paragraphs it kept. The lowest bit of a shingle hash marks shingles that contain a number. Telling a copy from a
/// template re-run (the same wording about another place, other people, other figures) is <see cref="SlotContexts"/>' job.
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

    /// <summary>Appends the shingle hashes of one segment (a title or a paragraph) to <paramref name="output"/>.</summary>
    public static void AddSegment(ReadOnlySpan<Token> tokens, List<uint> output)
    {
        if (tokens.Length == 0) return;
        int size = Math.Min(Size, tokens.Length);
        for (int i = 0; i + size <= tokens.Length; i++) output.Add(Hash(tokens.Slice(i, size)));
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

    static uint Hash(ReadOnlySpan<Token> window)
    {
        ulong h = 0x243F6A8885A308D3;
        bool number = false;
        foreach (var t in window)
        {
            h = Tokens.Mix(h ^ t.Hash);
            number |= t.IsNumber;
        }
        return ((uint)(h >> 32) & ~NumberFlag) | (number ? NumberFlag : 0);
    }
}
