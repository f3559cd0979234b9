namespace Siberindo.Core.Stories;

/// <summary>A sparse TF-IDF vector over event terms, sorted by term; article vectors are unit length.</summary>
sealed class TermVector(uint[] terms, float[] weights, ulong placeTerms = 0)
{
    /// <summary>An article is described by its 40 heaviest terms: enough for the names, places, figures and dates of
    /// one event, few enough that story similarity stays a short merge.</summary>
    public const int ArticleTerms = 40;

    public uint[] Terms { get; } = terms;
    public float[] Weights { get; } = weights;

    /// <summary>Bit i set: term i is a word of a regency or province name (<see cref="EventTerms.IsPlace"/>).</summary>
    ulong PlaceTerms { get; } = placeTerms;

    public static TermVector ForArticle(ulong[] packedTerms, DocumentFrequencies frequencies)
    {
        var scored = new (uint Term, float Weight, bool Place)[packedTerms.Length];
        for (int i = 0; i < packedTerms.Length; i++)
        {
            var term = EventTerms.Term(packedTerms[i]);
            scored[i] = (term, (float)((1 + Math.Log(EventTerms.Count(packedTerms[i]))) * frequencies.Idf(term)), EventTerms.IsPlace(packedTerms[i]));
        }
        Array.Sort(scored, (a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : a.Term.CompareTo(b.Term));
        var top = scored.AsSpan(0, Math.Min(ArticleTerms, scored.Length)).ToArray();
        Array.Sort(top, (a, b) => a.Term.CompareTo(b.Term));
        double norm = Math.Sqrt(top.Sum(t => (double)t.Weight * t.Weight));
        ulong places = 0;
        for (int i = 0; i < top.Length; i++) if (top[i].Place) places |= 1UL << i;
        return new TermVector(top.Select(t => t.Term).ToArray(), top.Select(t => (float)(norm > 0 ? t.Weight / norm : 0)).ToArray(), places);
    }

    /// <summary>Terms by descending weight, for looking up candidate stories.</summary>
    public IEnumerable<uint> HeaviestTerms(int count) =>
        Enumerable.Range(0, Terms.Length).OrderByDescending(i => Weights[i]).ThenBy(i => Terms[i]).Take(count).Select(i => Terms[i]);

    public double Dot(TermVector other)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] < other.Terms[j]) i++;
            else if (Terms[i] > other.Terms[j]) j++;
            else dot += Weights[i++] * other.Weights[j++];
        }
        return dot;
    }

    /// <summary>How many terms both vectors have that pass <paramref name="rare"/>, place names left out.</summary>
    public int SharedTerms(TermVector other, Func<uint, bool> rare)
    {
        int shared = 0, i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] < other.Terms[j]) i++;
            else if (Terms[i] > other.Terms[j]) j++;
            else { if ((PlaceTerms & (1UL << i)) == 0 && rare(Terms[i])) shared++; i++; j++; }
        }
        return shared;
    }

    public double Norm()
    {
        double sum = 0;
        foreach (var w in Weights) sum += w * w;
        return Math.Sqrt(sum);
    }

}
