using Siberindo.Core.Text;

namespace Siberindo.Core.Search;

/// <summary>
/// A reader's query as search terms: the analyzer's terms (stems, lowercase <c>[a-z0-9]</c>), each once, in the order
/// typed, grouped into <see cref="Concepts"/> with their expansions (<see cref="QueryExpansions"/>). Terms carry no
/// operator characters, so the match expressions built from them (<see cref="QueryPlan"/>) are safe to pass as one
/// bound parameter whatever the reader typed.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>More terms than this add noise and cost, not recall: a pasted paragraph is cut.</summary>
    public const int MaxTerms = 12;

    /// <summary>The typed terms.</summary>
    public IReadOnlyList<string> Terms { get; }

    public IReadOnlyList<QueryConcept> Concepts { get; }

    /// <summary>Typed and expansion terms, each once: what the index is asked about and what snippets highlight.</summary>
    public IReadOnlyList<string> AllTerms { get; }

    public bool IsEmpty => Terms.Count == 0;

    private SearchQuery(IReadOnlyList<QueryConcept> concepts)
    {
        Concepts = concepts;
        Terms = concepts.SelectMany(c => c.Typed).ToList();
        AllTerms = concepts.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).ToList();
    }

    public static SearchQuery Parse(string? text, IndonesianAnalyzer? analyzer = null, QueryExpansions? expansions = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return new SearchQuery([]);
        var terms = (analyzer ?? IndonesianAnalyzer.Default).AnalyzeQuery(text).Where(IsPlainTerm).ToList();
        return new SearchQuery((expansions ?? QueryExpansions.Default).Concepts(terms, MaxTerms));
    }

    // The analyzer only emits [a-z0-9]; checked again because these strings reach query parsers.
    private static bool IsPlainTerm(string term) => term.Length > 0 && term.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
}
