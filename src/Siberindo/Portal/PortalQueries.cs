using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.Portal;

/// <summary>The reads behind the public pages and the API; all no-tracking projections on indexed columns.</summary>
public sealed class PortalQueries(SiberindoDb db)
{
    public Task<List<ArticleCard>> LatestAsync(int take, int skip = 0, string? provinceCode = null, int? outletId = null, CancellationToken ct = default) =>
        Filter(provinceCode, outletId)
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new ArticleCard(a.Id, a.Title, a.Excerpt, a.Published, a.Outlet!.Name, a.Outlet.Slug, a.ProvinceCode, a.StoryId,
                db.Set<Story>().Where(s => s.Id == a.StoryId).Select(s => s.OutletCount).FirstOrDefault(),
                db.Set<Story>().Where(s => s.Id == a.StoryId).Select(s => s.Title).FirstOrDefault(),
                a.Thumbnail!.Version))
            .ToListAsync(ct);

    public Task<int> CountAsync(string? provinceCode = null, int? outletId = null, CancellationToken ct = default) =>
        Filter(provinceCode, outletId).CountAsync(ct);

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

    private IQueryable<Article> Filter(string? provinceCode, int? outletId)
    {
        IQueryable<Article> query = db.Articles.AsNoTracking();
        if (provinceCode is not null) query = query.Where(a => a.ProvinceCode == provinceCode);
        if (outletId is not null) query = query.Where(a => a.OutletId == outletId);
        return query;
    }
}
