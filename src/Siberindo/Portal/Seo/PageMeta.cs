using System.Text.Json.Nodes;

namespace Siberindo.Portal.Seo;

/// <summary>
/// What a public page tells search engines and link previews beyond its title and description: its canonical address,
/// its OpenGraph type and image, and its schema.org data. A page sets <c>ViewData[PageMeta.Key]</c>; the layout renders
/// it (Shared/_PageMeta.cshtml), or a default for public pages that set none (canonical: the path without query).
/// </summary>
public sealed record PageMeta(string CanonicalPath)
{
    public const string Key = "PageMeta";

    /// <summary>OpenGraph type: "website" for lists and the home page, "article" for a story.</summary>
    public string Type { get; init; } = "website";

    /// <summary>
    /// The page's own image as an absolute URL or a path on this site, when it has one; otherwise the site's default
    /// (<see cref="SiteIdentity.DefaultImagePath"/>). Only images the portal itself vouches for belong here: an address
    /// straight from a member's feed is unchecked, and a link preview must not carry whatever it points to.
    /// </summary>
    public string? Image { get; init; }

    /// <summary>For an article: article:published_time and article:modified_time.</summary>
    public DateTime? Published { get; init; }
    public DateTime? Modified { get; init; }

    /// <summary>A page that is not one (an unknown regency's 404): robots noindex, no canonical.</summary>
    public bool NoIndex { get; init; }

    /// <summary>schema.org objects, each written as its own JSON-LD script (<see cref="StructuredData.Serialize"/>).</summary>
    public IReadOnlyList<JsonObject> StructuredData { get; init; } = [];

    /// <summary>A paged list's canonical address: every page its own (?halaman=N from the second on), as search engines ask.</summary>
    public static string Paged(string path, Paging paging) => paging.Page > 1 ? $"{path}?halaman={paging.Page}" : path;
}

/// <summary>The page meta of the portal's article lists (home, province, regency, outlet).</summary>
public static class ListPageMeta
{
    /// <summary>A list page's canonical address and its cards as an <c>ItemList</c>, after any other schema.org objects.</summary>
    public static PageMeta For(HttpRequest request, string canonicalPath, string listName, IEnumerable<ArticleCard> cards,
        params JsonObject[] before)
    {
        var baseUrl = SiteIdentity.BaseUrl(request);
        var list = StructuredData.ItemList(listName, baseUrl + canonicalPath, StructuredData.Entries(baseUrl, cards));
        return new PageMeta(canonicalPath) { StructuredData = [.. before, list] };
    }
}
