using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Articles;

public static class ArticlesApi
{
    public const int MaxLimit = 200;

    public sealed record OutletRef(string Slug, string Name);
    public sealed record ProvinceRef(string Code, string Name);
    public sealed record Item(long Id, string Title, string Url, DateTime Published, OutletRef Outlet, ProvinceRef? Province);
    public sealed record PageOfArticles(IReadOnlyList<Item> Items, int Page, int Total);

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/articles", async Task<Results<Ok<PageOfArticles>, ProblemHttpResult>> (int? limit, int? page, string? province, string? outlet,
                SiberindoDb db, RegionCatalog regions, CancellationToken ct) =>
            {
                var take = Math.Clamp(limit ?? 50, 1, MaxLimit);
                if (page is < 1) return TypedResults.Problem("page starts at 1.", statusCode: 400);
                var pageNumber = page ?? 1;
                // A page past the end is empty, with the number asked for; never another page's articles.
                var skip = (long)(pageNumber - 1) * take;
                IQueryable<Article> query = db.Articles.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(province))
                {
                    if (regions.ProvinceByCodeOrSlug(province) is not { } p)
                        return TypedResults.Problem($"Unknown province '{province}': use a code such as 36 or a slug such as banten.", statusCode: 400);
                    query = query.Where(a => a.ProvinceCode == p.Code);
                }
                if (!string.IsNullOrWhiteSpace(outlet)) query = query.Where(a => a.Outlet!.Slug == outlet);

                var total = await query.CountAsync(ct);
                if (skip >= total) return TypedResults.Ok(new PageOfArticles([], pageNumber, total));
                var rows = await query
                    .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
                    .Skip((int)skip).Take(take)
                    .Select(a => new { a.Id, a.Title, a.Url, a.Published, a.Outlet!.Slug, a.Outlet.Name, a.ProvinceCode })
                    .ToListAsync(ct);
                var items = rows.Select(r => new Item(r.Id, r.Title, r.Url, r.Published, new OutletRef(r.Slug, r.Name),
                    r.ProvinceCode is { } c && regions.Province(c) is { } pr ? new ProvinceRef(pr.Code, pr.Name) : null)).ToList();
                return TypedResults.Ok(new PageOfArticles(items, pageNumber, total));
            })
            .WithTags("Articles")
            .WithSummary("Latest articles, newest first; filter by province (code or slug) and outlet (slug). A page past the end is empty.")
            .ProducesProblem(400);
        return app;
    }
}
