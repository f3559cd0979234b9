namespace Siberindo.Core.Stories;

/// <summary>
/// Exact overlap of two articles' shingle sets. <see cref="Containment"/> is measured on the smaller set (overlap
/// coefficient), so a copy that kept only the lead paragraphs of a release still scores high against the full release.
/// <see cref="SharedSentenceNumbers"/> and <see cref="SameNumbers"/> compare figures only where both articles have the
/// same sentence around them.
/// </summary>
public readonly record struct TextOverlap(int SmallerSize, int Shared, int SharedSentenceNumbers, int SameNumbers)
{
    // Fewer shared sentence contexts than this (one figure spans up to four shingles) is too little to judge figures.
    const int MinSharedSentenceNumbers = 8;

    /// <summary>Share of the smaller article's shingles found in the other.</summary>
    public double Containment => SmallerSize == 0 ? 0 : (double)Shared / SmallerSize;

    /// <summary>Where the sentence is the same, the share of figures that are the same too (1 when nothing to compare).</summary>
    public double NumberAgreement => SharedSentenceNumbers == 0 ? 1 : (double)SameNumbers / SharedSentenceNumbers;

    /// <summary>True for a template re-run: the same sentences with other figures (a copy carries figures along).</summary>
    public bool NumbersDisagree(double minAgreement) => SharedSentenceNumbers >= MinSharedSentenceNumbers && NumberAgreement < minAgreement;

    public static TextOverlap Of(ArticleFingerprint a, ArticleFingerprint b) => Of(a.Shingles, a.NumberContexts, b.Shingles, b.NumberContexts);

    public static TextOverlap Of(uint[] aShingles, ulong[] aContexts, uint[] bShingles, ulong[] bContexts)
    {
        int i = 0, j = 0, shared = 0;
        while (i < aShingles.Length && j < bShingles.Length)
        {
            if (aShingles[i] < bShingles[j]) i++;
            else if (aShingles[i] > bShingles[j]) j++;
            else { shared++; i++; j++; }
        }

        var (small, smallContexts, otherShingles, otherContexts) = aShingles.Length <= bShingles.Length
            ? (aShingles, aContexts, bShingles, bContexts)
            : (bShingles, bContexts, aShingles, aContexts);
        int sentences = 0, same = 0;
        foreach (var context in smallContexts)
        {
            if (!ContainsContext(otherContexts, (uint)(context >> 32))) continue;
            sentences++;
            if (Array.BinarySearch(otherShingles, (uint)context) >= 0) same++;
        }
        return new TextOverlap(small.Length, shared, sentences, same);
    }

    static bool ContainsContext(ulong[] contexts, uint masked)
    {
        int index = Array.BinarySearch(contexts, (ulong)masked << 32);
        if (index >= 0) return true;
        index = ~index;
        return index < contexts.Length && (uint)(contexts[index] >> 32) == masked;
    }
}
