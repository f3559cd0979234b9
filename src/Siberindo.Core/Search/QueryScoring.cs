namespace Siberindo.Core.Search;

/// <summary>A term of an alternative and the weight its BM25 term-frequency part is multiplied by (its IDF, or less).</summary>
public sealed record WeightedTerm(string Term, double Weight);

/// <summary>
/// One way a concept can match, as both databases score it: the sum of its terms' weighted BM25 parts; an expansion
/// (<paramref name="RequireAll"/>) scores only when every one of its terms is in the article.
/// </summary>
public sealed record ScoredAlternative(int Concept, int Index, bool RequireAll, IReadOnlyList<WeightedTerm> Terms);

/// <summary>
/// How a planned query scores, the same for SQLite and PostgreSQL: each concept contributes its best alternative, so
/// an article that writes both "Sulteng" and "Sulawesi Tengah" is not counted twice. Typed terms weigh their own
/// IDF, as in a plain BM25 query. An expansion weighs at most its <see cref="QueryExpansion.Weight"/> (below 1) times
/// what the typed words weigh (their IDFs' sum), and less when its own terms' IDFs are lower: with the same term
/// frequencies and length, an article with the typed words always outranks one with an expansion, and a long
/// spelled-out form never outweighs the one word typed for it.
/// </summary>
public static class QueryScoring
{
    /// <summary>An abbreviation or short form: the same name written otherwise.</summary>
    public const double AbbreviationWeight = 0.8;

    /// <summary>A synonym: a near meaning, which also brings in articles about other things.</summary>
    public const double SynonymWeight = 0.5;

    /// <summary>The alternatives of every concept of the plan, concept by concept (index 0: the typed terms).</summary>
    public static List<ScoredAlternative> Alternatives(QueryPlan plan, Func<string, double> idf)
    {
        var alternatives = new List<ScoredAlternative>();
        var concepts = plan.Concepts;
        for (var c = 0; c < concepts.Count; c++)
        {
            var concept = concepts[c];
            alternatives.Add(new ScoredAlternative(c, 0, false, concept.Typed.Select(t => new WeightedTerm(t, idf(t))).ToList()));
            var asked = concept.Asked.Sum(idf);
            for (var e = 0; e < concept.Expansions.Count; e++)
            {
                var terms = concept.Expansions[e].Terms;
                var own = terms.Sum(idf);
                var scale = concept.Expansions[e].Weight * Math.Min(1, own > 0 ? asked / own : 1);
                alternatives.Add(new ScoredAlternative(c, e + 1, true, terms.Select(t => new WeightedTerm(t, idf(t) * scale)).ToList()));
            }
        }
        return alternatives;
    }

    /// <summary>
    /// The score of one article from each term's BM25 term-frequency part (<c>f (k1 + 1) / (f + norm)</c>, 0 when the
    /// article lacks it): the reference the databases' scoring follows, and what tests compare them with.
    /// </summary>
    public static double Score(IReadOnlyList<ScoredAlternative> alternatives, Func<string, double> termPart)
    {
        var best = new Dictionary<int, double>();
        foreach (var alternative in alternatives)
        {
            var parts = alternative.Terms.Select(t => (t.Weight, Part: termPart(t.Term))).ToList();
            if (alternative.RequireAll && parts.Any(p => p.Part <= 0)) continue;
            var score = parts.Sum(p => p.Weight * p.Part);
            best[alternative.Concept] = Math.Max(best.GetValueOrDefault(alternative.Concept), score);
        }
        return best.Values.Sum();
    }
}
