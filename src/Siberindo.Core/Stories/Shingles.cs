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

    /// <summary>1 in 8 shingles is indexed for candidate lookup (Broder's mod-m sample: the same shingle is sampled in
    /// every article, so a copied paragraph of 40 words still brings about 5 shared keys).</summary>
    public const int SampleBits = 3;

    public const uint NumberFlag = 1;

    public static bool HasNumber(uint shingle) => (shingle & NumberFlag) != 0;

    public static bool IsSampled(uint shingle) => shingle >> (32 - SampleBits) == 0;

    /// <summary>Appends the shingle hashes of one segment (a title or a paragraph).</summary>
    public static void AddSegment(ReadOnlySpan<Token> tokens, List<uint> output)
    {
        if (tokens.Length == 0) return;
        if (tokens.Length < Size)
        {
            output.Add(Hash(tokens));
            return;
        }
        for (int i = 0; i + Size <= tokens.Length; i++) output.Add(Hash(tokens.Slice(i, Size)));
    }

    /// <summary>Sorted distinct shingles, the form stored in <see cref="ArticleFingerprint.Shingles"/>.</summary>
    public static uint[] ToSortedSet(List<uint> shingles)
    {
        shingles.Sort();
        int n = 0;
        for (int i = 0; i < shingles.Count; i++)
            if (n == 0 || shingles[i] != shingles[n - 1]) shingles[n++] = shingles[i];
        return shingles.GetRange(0, n).ToArray();
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
