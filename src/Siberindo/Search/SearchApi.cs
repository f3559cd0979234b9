using Microsoft.AspNetCore.Http.HttpResults;
using Siberindo.Accounts;
using Siberindo.Articles;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Search;

public static class SearchApi
{
    public const int MaxLimit = 50;
    public const int MaxQueryLength = 200;

    public sealed record SearchOutlet(string Slug, string Name, string Verification);
    public sealed record SearchArticle(
        long Id, string Guid, string Title, string TitleHtml, string SnippetHtml, string Url, DateTime Published,
        SearchOutlet Outlet, ArticlesApi.ProvinceRef? Province);
    public sealed record SearchCopyItem(long Id, string Title, string Url, ArticlesApi.OutletRef Outlet);
    public sealed record SearchItem(double Score, SearchArticle Article, IReadOnlyList<SearchCopyItem> Copies);
    public sealed record SearchResponse(
        string Query, IReadOnlyList<string> Terms, int Page, int Limit, int Total, bool More, IReadOnlyList<SearchItem> Items);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> (string? q, string? province, string? regency, string? outlet, string? from,
                string? to, string? verification, int? page, int? limit,
                ArticleSearch search, RegionCatalog regions, SiberindoDb db, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(q)) return TypedResults.Problem("Parameter q (the query) is required.", statusCode: 400);
                if (q.Length > MaxQueryLength) return TypedResults.Problem($"q is longer than {MaxQueryLength} characters.", statusCode: 400);
                var (filters, errors) = await new SearchFilterInput(province, regency, outlet, from, to, verification).ResolveAsync(regions, db, ct);
                if (errors.Count > 0) return TypedResults.Problem(string.Join(" ", errors), statusCode: 400);
                var take = Math.Clamp(limit ?? 20, 1, MaxLimit);
                if (page is < 1) return TypedResults.Problem("page starts at 1.", statusCode: 400);
                var pageNumber = page ?? 1;
                // Pages past the ranked window are empty like pages past the last match, with the number asked for.
                var lastPage = SearchRanking.CandidateWindow / take;
                var results = await search.SearchAsync(q, filters, Math.Min(pageNumber, lastPage), take, ct);
                if (pageNumber > lastPage) results = results with { Groups = [] };
                var items = results.Groups.Select(g => new SearchItem(g.Top.Score,
                    new SearchArticle(g.Top.Id, g.Top.Guid, g.Top.Title, g.Top.TitleHtml, g.Top.SnippetHtml, $"/baca/{g.Top.Id}",
                        g.Top.Published, new SearchOutlet(g.Top.OutletSlug, g.Top.OutletName, g.Top.Verification.ToString().ToLowerInvariant()),
                        g.Top.ProvinceCode is { } c && regions.Province(c) is { } p ? new ArticlesApi.ProvinceRef(p.Code, p.Name) : null),
                    g.Copies.Select(c => new SearchCopyItem(c.Id, c.Title, $"/baca/{c.Id}", new ArticlesApi.OutletRef(c.OutletSlug, c.OutletName))).ToList()))
                    .ToList();
                return TypedResults.Ok(new SearchResponse(q, results.Query.Terms, pageNumber, take, results.TotalGroups, results.MoreBeyond, items));
            })
            .RequireRateLimiting(RateLimits.Search)
            .CacheOutput(SearchExtensions.CachePolicy)
            .WithTags("Search")
            .WithSummary("Full-text search in Indonesian, any word form (memberantas finds pemberantasan), grouped by story.")
            .WithDescription("Ranked by BM25 with the title weighted and a mild recency factor; any query word may match, " +
                "articles with more of them rank higher. Copies of one story (one press release carried by many outlets) " +
                "come as one item with the others under `copies`. `titleHtml` and `snippetHtml` are HTML-encoded with " +
                "matched words in `<mark>`. Filters: `province` (code or slug), `regency` (Kemendagri code, e.g. 36.04), " +
                "`outlet` (slug or domain), `from`/`to` (yyyy-MM-dd, Jakarta days, inclusive), `verification` (faktual, " +
                "administratif, terverifikasi, belum; comma-separated). `total` counts story groups among the best 1,000 " +
                "matches; `more` says there are matches beyond them. Rate-limited per client address.")
            .ProducesProblem(400)
            .ProducesProblem(429);
        return app;
    }
}
