namespace Siberindo.Core.Search;

/// <summary>
/// Keeps a query's cost bounded on a large index, in the manner of Lucene's common-terms query: while the postings
/// of all concepts (<see cref="QueryConcept"/>: a term, or a term with its expansions) fit in
/// <see cref="PostingsBudget"/>, any concept matches and every concept scores (plain BM25 over an OR). Beyond it, the
/// rarest concepts whose postings fit the budget choose the candidates and the common rest only score.
/// A query of common words only needs them all, and then the database ranks the newest <see cref="ScanLimit"/>
/// articles that have them all.
/// The split depends on document frequencies alone, never on particular queries.
/// </summary>
public sealed record QueryPlan(IReadOnlyList<QueryConcept> Rare, IReadOnlyList<QueryConcept> Common)
{
    public const long PostingsBudget = 2_000;

    /// <summary>At most this many matches are scored; more only when common words alone make the query.</summary>
    public const int ScanLimit = 2_000;

    public bool IsEmpty => Rare.Count == 0 && Common.Count == 0;

    /// <summary>Rare concepts, then common ones: the order concept indexes in scoring refer to.</summary>
    public IReadOnlyList<QueryConcept> Concepts => [.. Rare, .. Common];

    /// <summary>Every term, each once, rare concepts' first in typed order, then common ones'.</summary>
    public IEnumerable<string> Terms => Concepts.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal);

    /// <summary>A plan of plain terms, one concept each.</summary>
    public static QueryPlan For(IReadOnlyList<string> terms, IReadOnlyDictionary<string, long> documentFrequency, long budget = PostingsBudget) =>
        For(terms.Select(QueryConcept.Of).ToList(), documentFrequency, budget);

    /// <summary>Terms no article has are left out: they cannot match and would only cost.</summary>
    public static QueryPlan For(IReadOnlyList<QueryConcept> concepts, IReadOnlyDictionary<string, long> documentFrequency, long budget = PostingsBudget)
    {
        var known = concepts.Select(c => c.KnownOnly(documentFrequency)).OfType<QueryConcept>().ToList();
        if (known.Sum(c => c.Postings(documentFrequency)) <= budget) return new QueryPlan(known, []);
        var rare = new List<QueryConcept>();
        long used = 0;
        foreach (var concept in known.OrderBy(c => c.Postings(documentFrequency)).ThenBy(c => string.Join(' ', c.Terms), StringComparer.Ordinal))
        {
            var postings = concept.Postings(documentFrequency);
            if (used + postings > budget) break;
            used += postings;
            rare.Add(concept);
        }
        return new QueryPlan(rare.OrderBy(known.IndexOf).ToList(), known.Except(rare).ToList());
    }

    /// <summary>
    /// SQLite FTS5: the match expression over the title and body columns, and what each phrase of it scores (null: a
    /// repeated phrase that must not score twice). Rare concepts choose the candidates; common ones beside them are
    /// matched only within those candidates, so they score without bringing in their postings:
    /// <c>{title body} : (("r1" OR "r2") AND ("r1" OR "r2" OR "c1"))</c>; common words alone must all appear. A concept
    /// with expansions is an OR of its typed terms and its expansions, each an AND of its terms:
    /// <c>("sulteng" OR ("sulawesi" AND "tengah"))</c>.
    /// <paramref name="facets"/> narrow it further: each group is an OR of tokens in the facets column, groups ANDed.
    /// </summary>
    public Fts5Match ToFts5Match(IReadOnlyList<IReadOnlyList<string>>? facets = null)
    {
        var phrases = new List<ScoredPhrase?>();
        string Concept(int index, bool scores) => Fts5Concept(Concepts[index], index, scores, phrases);
        string expression;
        if (Rare.Count == 0)
        {
            expression = string.Join(" AND ", Common.Select((_, i) => Concept(i, scores: true)));
        }
        else if (Common.Count == 0)
        {
            expression = string.Join(" OR ", Rare.Select((_, i) => Concept(i, scores: true)));
        }
        else
        {
            var choosing = string.Join(" OR ", Rare.Select((_, i) => Concept(i, scores: true)));
            var scoring = string.Join(" OR ", Rare.Select((_, i) => Concept(i, scores: false))
                .Concat(Common.Select((_, i) => Concept(Rare.Count + i, scores: true))));
            expression = $"({choosing}) AND ({scoring})";
        }
        var match = $"{{title body}} : ({expression})";
        foreach (var group in facets ?? [])
            match += $" AND {{facets}} : ({string.Join(" OR ", group.Select(Quote))})";
        return new Fts5Match(match, phrases);
    }

    // Appends one entry per phrase to `phrases`: what it scores, or null when it does not score.
    private static string Fts5Concept(QueryConcept concept, int index, bool scores, List<ScoredPhrase?> phrases)
    {
        var pieces = new List<string>();
        foreach (var term in concept.Typed)
        {
            pieces.Add(Quote(term));
            phrases.Add(scores ? new ScoredPhrase(term, index, 0) : null);
        }
        for (var e = 0; e < concept.Expansions.Count; e++)
        {
            var terms = concept.Expansions[e].Terms;
            pieces.Add(terms.Count == 1 ? Quote(terms[0]) : $"({string.Join(" AND ", terms.Select(Quote))})");
            foreach (var term in terms) phrases.Add(scores ? new ScoredPhrase(term, index, e + 1) : null);
        }
        return pieces.Count == 1 ? pieces[0] : $"({string.Join(" OR ", pieces)})";
    }

    /// <summary>
    /// PostgreSQL <c>tsquery</c> text choosing the candidates as for FTS5 (every term still scores), narrowed by
    /// <paramref name="facets"/> (lexemes of their own, see the PostgreSQL store).
    /// </summary>
    public string ToTsQuery(IReadOnlyList<IReadOnlyList<string>>? facets = null)
    {
        var query = Rare.Count > 0 ? string.Join(" | ", Rare.Select(TsConcept)) : string.Join(" & ", Common.Select(TsConcept));
        foreach (var group in facets ?? [])
            query = $"({query}) & ({string.Join(" | ", group.Select(QuoteLexeme))})";
        return query;
    }

    private static string TsConcept(QueryConcept concept)
    {
        var pieces = concept.Typed.Select(QuoteLexeme)
            .Concat(concept.Expansions.Select(e => e.Terms.Count == 1 ? QuoteLexeme(e.Terms[0]) : $"({string.Join(" & ", e.Terms.Select(QuoteLexeme))})"))
            .ToList();
        return pieces.Count == 1 ? pieces[0] : $"({string.Join(" | ", pieces)})";
    }

    private static string Quote(string term) => $"\"{term}\"";

    private static string QuoteLexeme(string lexeme) => $"'{lexeme}'";
}

/// <summary>A phrase of an FTS5 match that scores: its term, for the concept at <paramref name="Concept"/> in the plan, through its alternative (0: typed).</summary>
public sealed record ScoredPhrase(string Term, int Concept, int Alternative);

/// <summary>An FTS5 match expression and, per phrase in it, what it scores (null: it does not score).</summary>
public sealed record Fts5Match(string Expression, IReadOnlyList<ScoredPhrase?> ScoredPhrases);
