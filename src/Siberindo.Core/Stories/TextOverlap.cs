namespace Siberindo.Core.Stories;

/// <summary>
/// Exact overlap of two articles' shingle sets. <see cref="Containment"/> is measured on the smaller set (overlap
/// coefficient), so a copy that kept only the lead paragraphs of a release still scores high against the full release.
/// <see cref="SharedSlotContexts"/> and <see cref="SameSlots"/> compare places, names and figures only where both
/// articles have the same words around them (<see cref="SlotContexts"/>).
/// </summary>
public readonly record struct TextOverlap(int SmallerSize, int Shared, SlotMatch Slots)
{
    /// <summary>Share of the smaller article's shingles found in the other.</summary>
    public double Containment => SmallerSize == 0 ? 0 : (double)Shared / SmallerSize;

    /// <summary>True for a template re-run: the same sentences about other places and people, or with other figures.</summary>
    public bool SlotsDisagree(double minAgreement) => Slots.Disagrees(minAgreement);

    public static TextOverlap Of(ArticleFingerprint a, ArticleFingerprint b) => Of(a.Shingles, a.SlotContexts, b.Shingles, b.SlotContexts);

    public static TextOverlap Of(uint[] aShingles, ulong[] aContexts, uint[] bShingles, ulong[] bContexts)
    {
        int i = 0, j = 0, shared = 0;
        while (i < aShingles.Length && j < bShingles.Length)
        {
            if (aShingles[i] < bShingles[j]) i++;
            else if (aShingles[i] > bShingles[j]) j++;
            else { shared++; i++; j++; }
        }

        var (smallContexts, otherContexts) = aShingles.Length <= bShingles.Length ? (aContexts, bContexts) : (bContexts, aContexts);
        int contexts = 0, same = 0;
        foreach (var context in smallContexts)
        {
            int index = Array.BinarySearch(otherContexts, context);
            if (index >= 0) { contexts++; same++; }
            else if (SameMasked(otherContexts, ~index, context)) contexts++;
        }
        return new TextOverlap(Math.Min(aShingles.Length, bShingles.Length), shared, new SlotMatch(contexts, same));
    }

    // Contexts sort by their masked half, so an entry with the same masked half sits next to where this one would go.
    static bool SameMasked(ulong[] contexts, int insertAt, ulong context)
    {
        const ulong masked = 0xFFFFFFFF00000000UL;
        return insertAt < contexts.Length && (contexts[insertAt] & masked) == (context & masked)
            || insertAt > 0 && (contexts[insertAt - 1] & masked) == (context & masked);
    }
}

/// <summary>How many slot contexts two articles share, and in how many the slot is filled alike.</summary>
public readonly record struct SlotMatch(int Shared, int Same)
{
    // Half a context of slack: where two short texts share one or two contexts, one slot filled otherwise already says
    // "another place" (a copy keeps its place), while in a long copy a retyped name may differ in one of many.
    const double Slack = 0.5;

    public int Differing => Shared - Same;

    /// <summary>The share of shared contexts filled alike (1 when nothing to compare).</summary>
    public double Agreement => Shared == 0 ? 1 : (double)Same / Shared;

    /// <summary>More contexts filled otherwise than a copy's allowance (1 - <paramref name="minAgreement"/> of them).</summary>
    public bool Disagrees(double minAgreement) => Differing > Slack + (1 - minAgreement) * Shared;

    public override string ToString() => $"{Same}/{Shared}";
}
