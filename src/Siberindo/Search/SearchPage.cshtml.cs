using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Siberindo.Accounts;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Search;

/// <summary>/cari: the readers' search, with filters as plain form fields (works without script).</summary>
[EnableRateLimiting(RateLimits.Search)]
[OutputCache(PolicyName = SearchExtensions.CachePolicy)]
public sealed class SearchPageModel(ArticleSearch search, RegionCatalog regions, SiberindoDb db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Provinsi { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kabupaten { get; set; }
    [BindProperty(SupportsGet = true)] public string? Media { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dari { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sampai { get; set; }
    [BindProperty(SupportsGet = true)] public string? Verifikasi { get; set; }
    [BindProperty(SupportsGet = true)] public int? Halaman { get; set; }

    public SearchResults? Results { get; private set; }
    public List<string> Errors { get; private set; } = [];
    public IReadOnlyList<ProvinceInfo> Provinces => regions.Provinces;
    public IReadOnlyList<RegencyInfo> Regencies { get; private set; } = [];
    public int LastPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (regions.ProvinceByCodeOrSlug(Provinsi ?? "") is { } province)
            Regencies = regions.Regencies.Where(r => r.ProvinceCode == province.Code).OrderBy(r => r.Name).ToList();
        if (string.IsNullOrWhiteSpace(Q)) return Page();
        if (Q.Length > SearchApi.MaxQueryLength) Q = Q[..SearchApi.MaxQueryLength];

        var (filters, errors) = await new SearchFilterInput(Provinsi, Kabupaten, Media, Dari, Sampai, Verifikasi).ResolveAsync(regions, db, ct);
        Errors = errors;
        if (errors.Count > 0) return Page();
        // A page that does not exist is 404, as on every list of the portal (Paging), never another page.
        var maxPage = SearchRanking.CandidateWindow / PageSize;
        var page = Halaman ?? 1;
        if (page < 1 || page > maxPage) return NotFound();
        Results = await search.SearchAsync(Q, filters, page, PageSize, ct);
        LastPage = Math.Min(maxPage, Math.Max(1, (Results.TotalGroups + PageSize - 1) / PageSize));
        return page > LastPage ? NotFound() : Page();
    }

    /// <summary>This search's URL at another page, every filter kept.</summary>
    public string PageUrl(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["provinsi"] = Provinsi, ["kabupaten"] = Kabupaten, ["media"] = Media, ["dari"] = Dari,
            ["sampai"] = Sampai, ["verifikasi"] = Verifikasi, ["halaman"] = page > 1 ? page.ToString() : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/cari",
            values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }
}
