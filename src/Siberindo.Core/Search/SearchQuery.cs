using Siberindo.Core.Text;

namespace Siberindo.Core.Search;

/// <summary>
/// A reader's query as search terms: the analyzer's terms (stems, lowercase <c>[a-z0-9]</c>), each once, in the order
/// typed. Terms carry no operator characters, so the match expressions built from them (<see cref="QueryPlan"/>) are
/// safe to pass as one bound parameter whatever the reader typed.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>More terms than this add noise and cost, not recall: a pasted paragraph is cut.</summary>
    public const int MaxTerms = 12;

    public IReadOnlyList<string> Terms { get; }
    public bool IsEmpty => Terms.Count == 0;

    private SearchQuery(IReadOnlyList<string> terms) => Terms = terms;

    public static SearchQuery Parse(string? text, IndonesianAnalyzer? analyzer = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return new SearchQuery([]);
        var terms = (analyzer ?? IndonesianAnalyzer.Default).AnalyzeQuery(text)
            .Where(IsPlainTerm)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();
        return new SearchQuery(terms);
    }

    // The analyzer only emits [a-z0-9]; checked again because these strings reach query parsers.
    private static bool IsPlainTerm(string term) => term.Length > 0 && term.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
}

/// <summary>
/// Keeps a query's cost bounded on a large index, in the manner of Lucene's common-terms query: while the postings
/// of all terms fit in <see cref="PostingsBudget"/>, any term matches and every term scores (plain BM25 over an OR).
/// Beyond it, the rarest terms whose postings fit the budget choose the candidates and the common rest only score.
/// A query of common words only needs them all, and then the database ranks the newest <see cref="ScanLimit"/>
/// articles that have them all.
/// The split depends on document frequencies alone, never on particular queries.
/// </summary>
public sealed record QueryPlan(IReadOnlyList<string> Rare, IReadOnlyList<string> Common)
{
    public const long PostingsBudget = 2_000;

    /// <summary>At most this many matches are scored; more only when common words alone make the query.</summary>
    public const int ScanLimit = 2_000;

    public bool IsEmpty => Rare.Count == 0 && Common.Count == 0;

    /// <summary>Terms no article has are left out: they cannot match and would only cost.</summary>
    public static QueryPlan For(IReadOnlyList<string> terms, IReadOnlyDictionary<string, long> documentFrequency, long budget = PostingsBudget)
    {
        var known = terms.Where(t => documentFrequency.GetValueOrDefault(t) > 0).ToList();
        if (known.Sum(t => documentFrequency[t]) <= budget) return new QueryPlan(known, []);
        var rare = new List<string>();
        long used = 0;
        foreach (var term in known.OrderBy(t => documentFrequency[t]).ThenBy(t => t, StringComparer.Ordinal))
        {
            if (used + documentFrequency[term] > budget) break;
            used += documentFrequency[term];
            rare.Add(term);
        }
        return new QueryPlan(rare.OrderBy(t => known.IndexOf(t)).ToList(), known.Except(rare).ToList());
    }

    /// <summary>
    /// SQLite FTS5: the match expression over the title and body columns, and the term each phrase of it scores
    /// (null: a repeated phrase that must not score twice). Rare terms choose the candidates; common ones beside them
    /// are matched only within those candidates, so they score without bringing in their postings:
    /// <c>{title body} : (("r1" OR "r2") AND ("r1" OR "r2" OR "c1"))</c>; common words alone must all appear.
    /// <paramref name="facets"/> narrow it further: each group is an OR of tokens in the facets column, groups ANDed.
    /// </summary>
    public Fts5Match ToFts5Match(IReadOnlyList<IReadOnlyList<string>>? facets = null)
    {
        string expression;
        List<string?> phrases;
        if (Rare.Count == 0)
        {
            expression = string.Join(" AND ", Common.Select(Quote));
            phrases = [.. Common];
        }
        else if (Common.Count == 0)
        {
            expression = string.Join(" OR ", Rare.Select(Quote));
            phrases = [.. Rare];
        }
        else
        {
            expression = $"({string.Join(" OR ", Rare.Select(Quote))}) AND ({string.Join(" OR ", Rare.Concat(Common).Select(Quote))})";
            phrases = [.. Rare, .. Rare.Select(_ => (string?)null), .. Common];
        }
        var match = $"{{title body}} : ({expression})";
        foreach (var group in facets ?? [])
            match += $" AND {{facets}} : ({string.Join(" OR ", group.Select(Quote))})";
        return new Fts5Match(match, phrases);
    }

    /// <summary>
    /// PostgreSQL <c>tsquery</c> text choosing the candidates as for FTS5 (every term still scores), narrowed by
    /// <paramref name="facets"/> (lexemes of their own, see the PostgreSQL store).
    /// </summary>
    public string ToTsQuery(IReadOnlyList<IReadOnlyList<string>>? facets = null)
    {
        var query = Rare.Count > 0 ? string.Join(" | ", Rare.Select(QuoteLexeme)) : string.Join(" & ", Common.Select(QuoteLexeme));
        foreach (var group in facets ?? [])
            query = $"({query}) & ({string.Join(" | ", group.Select(QuoteLexeme))})";
        return query;
    }

    /// <summary>Every term, rare first in typed order, then common ones.</summary>
    public IEnumerable<string> Terms => Rare.Concat(Common);

    private static string Quote(string term) => $"\"{term}\"";

    private static string QuoteLexeme(string lexeme) => $"'{lexeme}'";
}

/// <summary>An FTS5 match expression and, per phrase in it, the term it scores (null: it does not score).</summary>
public sealed record Fts5Match(string Expression, IReadOnlyList<string?> ScoredPhrases);
