using Siberindo.Core.Text;

namespace Siberindo.Core.Search;

/// <summary>
/// A reader's query as search terms: the analyzer's terms (stems, lowercase <c>[a-z0-9]</c>), each once, in the order
/// typed, and the match expressions both databases take. Terms carry no operator characters, so the expressions are
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

    /// <summary>SQLite FTS5: any term (a reader's words rarely all appear), each a quoted string.</summary>
    public string ToFts5Match() => string.Join(" OR ", Terms.Select(t => $"\"{t}\""));

    /// <summary>PostgreSQL <c>to_tsquery('simple', ...)</c>: any term.</summary>
    public string ToTsQueryAny() => string.Join(" | ", Terms);

    /// <summary>PostgreSQL <c>to_tsquery('simple', ...)</c>: every term.</summary>
    public string ToTsQueryAll() => string.Join(" & ", Terms);

    // The analyzer only emits [a-z0-9]; checked again because these strings reach query parsers.
    private static bool IsPlainTerm(string term) => term.Length > 0 && term.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
}
