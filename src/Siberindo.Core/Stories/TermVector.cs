namespace Siberindo.Core.Stories;

/// <summary>A sparse TF-IDF vector over event terms, sorted by term; article vectors are unit length.</summary>
sealed class TermVector(uint[] terms, float[] weights, ulong placeTerms = 0)
{
    /// <summary>An article is described by its 40 heaviest terms: enough for the names, places, figures and dates of
    /// one event, few enough that story similarity stays a short merge.</summary>
    public const int ArticleTerms = 40;

    public uint[] Terms { get; private set; } = terms;
    public float[] Weights { get; private set; } = weights;

    /// <summary>Bit i set: term i is a word of a regency or province name (<see cref="EventTerms.IsPlace"/>).</summary>
    ulong PlaceTerms { get; set; } = placeTerms;

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

    /// <summary>Adds <paramref name="other"/> into this vector, keeping at most <paramref name="maxTerms"/> heaviest terms.</summary>
    public void Add(TermVector other, int maxTerms)
    {
        var terms = new List<uint>(Terms.Length + other.Terms.Length);
        var weights = new List<float>(terms.Capacity);
        int i = 0, j = 0;
        while (i < Terms.Length || j < other.Terms.Length)
        {
            if (j == other.Terms.Length || i < Terms.Length && Terms[i] < other.Terms[j]) { terms.Add(Terms[i]); weights.Add(Weights[i++]); }
            else if (i == Terms.Length || Terms[i] > other.Terms[j]) { terms.Add(other.Terms[j]); weights.Add(other.Weights[j++]); }
            else { terms.Add(Terms[i]); weights.Add(Weights[i++] + other.Weights[j++]); }
        }
        if (terms.Count > maxTerms)
        {
            var keep = Enumerable.Range(0, terms.Count).OrderByDescending(k => weights[k]).ThenBy(k => terms[k]).Take(maxTerms).Order().ToArray();
            Terms = keep.Select(k => terms[k]).ToArray();
            Weights = keep.Select(k => weights[k]).ToArray();
        }
        else
        {
            Terms = terms.ToArray();
            Weights = weights.ToArray();
        }
    }

    public TermVector Clone() => new((uint[])Terms.Clone(), (float[])Weights.Clone());
}
