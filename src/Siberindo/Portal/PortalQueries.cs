using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.Portal;

/// <summary>One page of a paged article list.</summary>
public sealed record ArticlePage(List<ArticleCard> Articles, Paging Paging, int Total);

/// <summary>The reads behind the public pages and the API; all no-tracking projections on indexed columns.</summary>
public sealed class PortalQueries(SiberindoDb db)
{
    public Task<List<ArticleCard>> LatestAsync(int take, int skip = 0, string? provinceCode = null, int? outletId = null,
        string? regencyCode = null, CancellationToken ct = default) =>
        Filter(provinceCode, outletId, regencyCode)
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new ArticleCard(a.Id, a.Title, a.Excerpt, a.Published, a.Outlet!.Name, a.Outlet.Slug, a.ProvinceCode, a.StoryId,
                db.Set<Story>().Where(s => s.Id == a.StoryId).Select(s => s.OutletCount).FirstOrDefault(),
                db.Set<Story>().Where(s => s.Id == a.StoryId).Select(s => s.Title).FirstOrDefault(),
                a.Thumbnail!.Version))
            .ToListAsync(ct);

    public Task<int> CountAsync(string? provinceCode = null, int? outletId = null, string? regencyCode = null, CancellationToken ct = default) =>
        Filter(provinceCode, outletId, regencyCode).CountAsync(ct);

    /// <summary>One page of a list's newest articles with the list's total: what every paged list page shows.</summary>
    public async Task<ArticlePage?> PageAsync(int? page, int pageSize, string? provinceCode = null, int? outletId = null,
        string? regencyCode = null, CancellationToken ct = default)
    {
        if (Paging.From(page, pageSize) is not { } paging) return null;
        var total = await CountAsync(provinceCode, outletId, regencyCode, ct);
        if (paging.PastTheEnd(total)) return null;
        return new ArticlePage(await LatestAsync(pageSize, paging.Skip, provinceCode, outletId, regencyCode, ct), paging, total);
    }

    /// <summary>The newest few articles of each province that has any, for the home page's sections.</summary>
    public async Task<Dictionary<string, List<ArticleCard>>> LatestPerProvinceAsync(int perProvince, CancellationToken ct = default)
    {
        var codes = await db.Outlets.AsNoTracking()
            .Where(o => o.ProvinceCode != null)
            .Select(o => o.ProvinceCode!).Distinct().ToListAsync(ct);
        var sections = new Dictionary<string, List<ArticleCard>>();
        foreach (var code in codes)
        {
            var cards = await LatestAsync(perProvince, provinceCode: code, ct: ct);
            if (cards.Count > 0) sections[code] = cards;
        }
        return sections;
    }

    private IQueryable<Article> Filter(string? provinceCode, int? outletId, string? regencyCode)
    {
        IQueryable<Article> query = db.Articles.AsNoTracking();
        if (provinceCode is not null) query = query.Where(a => a.ProvinceCode == provinceCode);
        if (outletId is not null) query = query.Where(a => a.OutletId == outletId);
        // A regency's articles are those of the outlets based there. Read through the outlet (a regency has a handful):
        // both databases find its outlets by their regency index, then each outlet's newest by (OutletId, Published).
        if (regencyCode is not null) query = query.Where(a => a.Outlet!.RegencyCode == regencyCode);
        return query;
    }
}
