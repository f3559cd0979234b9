using Siberindo.Outlets;

namespace Siberindo.Search;

/// <summary>
/// What the index stores of one article: its analysed title and body (space-joined terms) and its facet tokens
/// (<see cref="SearchFacets"/>); and, for PostgreSQL's rebuild, which writes them beside the terms, the article's date,
/// outlet and province.
/// </summary>
public readonly record struct SearchDocument(long ArticleId, string TitleTerms, string BodyTerms, string Facets,
    DateTime Published, int OutletId, string? ProvinceCode);

/// <summary>What an article's index entry is made from.</summary>
public readonly record struct IndexSource(long Id, string Title, string? Summary, string? Body, int OutletId, string? ProvinceCode, DateTime Published);

/// <summary>One article the database ranked for a query, best first.</summary>
public readonly record struct RankedArticle(long ArticleId, double Score);

/// <summary>Narrows a search; every part is optional. Dates are UTC instants (From inclusive, To exclusive).</summary>
public sealed record SearchFilters(
    string? ProvinceCode = null,
    string? RegencyCode = null,
    int? OutletId = null,
    DateTime? From = null,
    DateTime? To = null,
    IReadOnlyList<VerificationStatus>? Verification = null)
{
    public static readonly SearchFilters None = new();
    public bool IsEmpty => this == None || (ProvinceCode is null && RegencyCode is null && OutletId is null && From is null
        && To is null && Verification is not { Count: > 0 });
}

/// <summary>How results are ordered, in one place for both databases.</summary>
public static class SearchRanking
{
    /// <summary>A title term counts this many times a body term in the term frequency BM25 reads.</summary>
    public const double TitleWeight = 2.0;

    /// <summary>BM25's term-frequency saturation and length normalisation, the same in both databases.</summary>
    public const double K1 = 1.2, B = 0.75;

    /// <summary>
    /// Recency factor 1 + Boost * Days / (Days + age in days): fresh news gets up to 20% more, a month-old article 10%,
    /// a year-old one 1.5%. Mild on purpose: it orders near-equals; it never buries the best match under the newest.
    /// </summary>
    public const double RecencyBoost = 0.2;
    public const double RecencyDays = 30;

    /// <summary>The most results one query offers (pages beyond them are not served).</summary>
    public const int CandidateWindow = 1000;
}
