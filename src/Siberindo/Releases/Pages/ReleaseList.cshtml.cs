using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Releases.Pages;

/// <summary>/rilis, /rilis/mitra/{slug} and /rilis/provinsi/{slug}: published releases, newest first, members' articles first.</summary>
[OutputCache(PolicyName = ReleasePages.CachePolicy)]
public sealed class ReleaseListModel(ReleaseQueries queries, RegionCatalog regions, SiberindoDb db) : PageModel
{
    public List<ReleaseCard> Releases { get; private set; } = [];
    public string Title { get; private set; } = "Rilis mitra pemerintah";
    public string PagePath { get; private set; } = "/rilis";
    public string? Query { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public IReadOnlyList<ProvinceInfo> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? kind, string? key, string? q, int halaman = 1, CancellationToken ct = default)
    {
        PageNumber = Math.Max(1, halaman);
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 200)];
        int? partnerId = null;
        string? province = null;
        if (kind == "mitra")
        {
            var partner = await db.Set<Partner>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == key, ct);
            if (partner is null) return NotFound();
            (partnerId, Title, PagePath) = (partner.Id, $"Rilis {partner.Name}", $"/rilis/mitra/{partner.Slug}");
        }
        else if (kind == "provinsi")
        {
            if (key is null || regions.ProvinceByCodeOrSlug(key) is not { } p) return NotFound();
            if (key != p.Slug) return RedirectPermanent($"/rilis/provinsi/{p.Slug}");
            (province, Title, PagePath) = (p.Code, $"Rilis untuk {p.Name}", $"/rilis/provinsi/{p.Slug}");
        }
        else if (kind is not null || key is not null) return NotFound();
        else Regions = regions.Provinces;
        Releases = await queries.ListAsync(partnerId, province, Query, PageNumber, ReleasePages.PageSize, ct);
        return Page();
    }
}
