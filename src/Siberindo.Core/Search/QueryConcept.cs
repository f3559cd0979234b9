namespace Siberindo.Core.Search;

/// <summary>
/// One thing a reader asked for: the terms typed for it and the other ways articles write it (<see cref="QueryExpansions"/>).
/// Any typed term matches and each scores on its own, as a plain query term does; an expansion matches only when all
/// its terms are there ("Sulteng" is found by "Sulawesi Tengah", never by "tengah" alone), and the concept scores
/// its best alternative once (<see cref="QueryScoring"/>).
/// </summary>
/// <param name="Typed">The typed terms the index knows (all of them before planning).</param>
/// <param name="Expansions">Other forms, each a set of terms that must all appear.</param>
/// <param name="Asked">Every typed term, known or not: the expansions' weights are bounded by theirs.</param>
public sealed record QueryConcept(IReadOnlyList<string> Typed, IReadOnlyList<QueryExpansion> Expansions, IReadOnlyList<string> Asked)
{
    /// <summary>A typed term and nothing else: what every query term was before expansions.</summary>
    public static QueryConcept Of(string term) => new([term], [], [term]);

    public bool IsPlainTerm => Typed.Count == 1 && Expansions.Count == 0;

    /// <summary>Every term that matches or scores for this concept, each once.</summary>
    public IEnumerable<string> Terms => Typed.Concat(Expansions.SelectMany(e => e.Terms)).Distinct(StringComparer.Ordinal);

    /// <summary>What remains when terms no article has are left out (an expansion with one of them cannot match); null when nothing does.</summary>
    public QueryConcept? KnownOnly(IReadOnlyDictionary<string, long> documentFrequency)
    {
        bool Known(string t) => documentFrequency.GetValueOrDefault(t) > 0;
        var typed = Typed.Where(Known).ToList();
        var expansions = Expansions.Where(e => e.Terms.All(Known)).ToList();
        return typed.Count == 0 && expansions.Count == 0 ? null : new QueryConcept(typed, expansions, Asked);
    }

    /// <summary>
    /// The postings a match of this concept walks, for the query plan's budget: each typed term's, and for each
    /// expansion its rarest term's (an AND walks no more than that).
    /// </summary>
    public long Postings(IReadOnlyDictionary<string, long> documentFrequency) =>
        Typed.Sum(t => documentFrequency.GetValueOrDefault(t)) +
        Expansions.Sum(e => e.Terms.Min(t => documentFrequency.GetValueOrDefault(t)));
}

/// <summary>
/// Another form of a concept: terms that must all appear, and how much of the typed words' weight a match earns
/// (<see cref="QueryScoring"/>): an abbreviation names the same thing, a synonym only nearly.
/// </summary>
public sealed record QueryExpansion(IReadOnlyList<string> Terms, double Weight);
