namespace Siberindo.Core.Stories;

/// <summary>
/// Exact overlap of two articles' shingle sets, split into shingles with and without numbers.
/// <see cref="Containment"/> is measured on the smaller set (overlap coefficient), so a copy that kept only the lead
/// paragraphs of a release still scores high against the full release.
/// </summary>
public readonly record struct TextOverlap(int SmallerSize, int Shared, int SmallerNumeric, int SharedNumeric)
{
    /// <summary>Share of the smaller article's shingles found in the other.</summary>
    public double Containment => SmallerSize == 0 ? 0 : (double)Shared / SmallerSize;

    /// <summary>Containment of the wording: shingles without numbers.</summary>
    public double WordContainment => SmallerSize - SmallerNumeric == 0 ? 0 : (double)(Shared - SharedNumeric) / (SmallerSize - SmallerNumeric);

    /// <summary>Containment of the shingles that carry figures and dates.</summary>
    public double NumberContainment => SmallerNumeric == 0 ? 1 : (double)SharedNumeric / SmallerNumeric;

    /// <summary>
    /// True when the figures were not carried along with the wording: a copy keeps a release's numbers wherever it keeps
    /// its sentences (both containments fall together when paragraphs are cut), a template keeps the sentences and
    /// changes the numbers. Needs a few numeric shingles to judge.
    /// </summary>
    public bool NumbersDisagree(double minRatio) => SmallerNumeric >= MinNumericShingles && NumberContainment < minRatio * WordContainment;

    // Fewer than this many shingles with numbers (one figure spans four shingles) is too little to call a disagreement.
    const int MinNumericShingles = 8;

    public static TextOverlap Of(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0, j = 0, shared = 0, sharedNumeric = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else
            {
                shared++;
                if (Shingles.HasNumber(a[i])) sharedNumeric++;
                i++; j++;
            }
        }
        var smaller = a.Length <= b.Length ? a : b;
        int numeric = 0;
        foreach (var s in smaller) if (Shingles.HasNumber(s)) numeric++;
        return new TextOverlap(smaller.Length, shared, numeric, sharedNumeric);
    }
}
