namespace Siberindo.Portal;

/// <summary>What a page needs to show one article: no body, no HTML.</summary>
public sealed record ArticleCard(
    long Id,
    string Title,
    string? Excerpt,
    DateTime Published,
    string OutletName,
    string OutletSlug,
    string? ProvinceCode);
