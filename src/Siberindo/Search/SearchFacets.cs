using System.Globalization;

namespace Siberindo.Search;

/// <summary>
/// Tokens indexed beside an article's terms: its province, its outlet and the month it was published (UTC). Only a
/// province changes after an article is stored (when its outlet moves), and then its articles are indexed again. A filtered query adds them to its match, so the index intersects the term postings
/// with the filter's instead of reading matches newest-first until enough pass the filter (a province holds about 3 %
/// of articles, an outlet far less). The filter's exact conditions are still checked on the rows; the facets only
/// narrow. An outlet's regency and verification can change, so they are not indexed: a regency becomes the OR of its
/// outlets' tokens, verification is checked on the rows alone (it passes about a third of them).
/// </summary>
public static class SearchFacets
{
    /// <summary>Longer date ranges than this are checked on the rows only: the OR of months would cost more than it saves.</summary>
    public const int MaxMonths = 24;

    /// <summary>Regencies with more outlets than this are checked on the rows only.</summary>
    public const int MaxOutlets = 64;

    public static string ForArticle(int outletId, string? provinceCode, DateTime published)
    {
        var month = Month(published);
        return provinceCode is { Length: > 0 } province && IsToken(province)
            ? $"p{province} o{outletId.ToString(CultureInfo.InvariantCulture)} {month}"
            : $"o{outletId.ToString(CultureInfo.InvariantCulture)} {month}";
    }

    /// <summary>
    /// The facet groups a filter implies (each an OR of tokens; the groups ANDed); <paramref name="regencyOutlets"/>
    /// are the ids of the outlets in the filter's regency, when it has one.
    /// </summary>
    public static List<IReadOnlyList<string>> ForFilters(SearchFilters filters, IReadOnlyList<int>? regencyOutlets)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (filters.ProvinceCode is { } province && IsToken(province)) groups.Add([$"p{province}"]);
        if (filters.OutletId is { } outlet) groups.Add([$"o{outlet.ToString(CultureInfo.InvariantCulture)}"]);
        else if (filters.RegencyCode is not null && regencyOutlets is { Count: > 0 and <= MaxOutlets })
            groups.Add(regencyOutlets.Select(id => $"o{id.ToString(CultureInfo.InvariantCulture)}").ToList());
        if (Months(filters.From, filters.To) is { } months) groups.Add(months);
        return groups;
    }

    private static List<string>? Months(DateTime? from, DateTime? to)
    {
        if (from is null || to is null || to <= from) return null;
        var first = new DateTime(from.Value.Year, from.Value.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var last = to.Value.AddTicks(-1); // To is exclusive
        var months = new List<string>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            if (months.Count == MaxMonths) return null;
            months.Add(Month(m));
        }
        return months;
    }

    private static string Month(DateTime instant) => "m" + instant.ToString("yyyyMM", CultureInfo.InvariantCulture);

    // Province codes are digits ("31"); anything else cannot be a single index token and is left to the row check.
    private static bool IsToken(string value) => value.All(char.IsAsciiLetterOrDigit);
}
