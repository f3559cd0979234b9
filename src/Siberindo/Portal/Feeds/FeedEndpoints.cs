using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Regions;
using Siberindo.Search;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.Portal.Feeds;

/// <summary>
/// Feeds out: every list page's path plus <c>feed.xml</c> (RSS 2.0), <c>feed.atom</c> (Atom 1.0) or <c>feed.json</c>
/// (JSON Feed 1.1). Each is cached with the policy of the page it mirrors, so the same evictions reach it: "articles"
/// for home, province, regency, outlet and search, the story's own tag for a story.
/// </summary>
public static class FeedEndpoints
{
    /// <summary>Items per feed: the newest articles (a search: the best-ranked story groups).</summary>
    public const int Size = 30;

    public static IEndpointRouteBuilder MapPortalFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var format in FeedFormats.All)
        {
            var name = FeedFormats.FileName(format);
            app.MapGet($"/{name}", (HttpContext http, PortalQueries queries, CancellationToken ct) => HomeAsync(http, format, queries, ct))
                .CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/provinsi/{{key}}/{name}", (string key, HttpContext http, PortalQueries queries, RegionCatalog regions, CancellationToken ct) =>
                    ProvinceAsync(http, format, key, queries, regions, ct))
                .CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/kabupaten/{{key}}/{name}", (string key, HttpContext http, PortalQueries queries, RegionCatalog regions, CancellationToken ct) =>
                    RegencyAsync(http, format, key, queries, regions, ct))
                .CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/media/{{slug}}/{name}", (string slug, HttpContext http, PortalQueries queries, SiberindoDb db, CancellationToken ct) =>
                    OutletAsync(http, format, slug, queries, db, ct))
                .CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/berita/{{id:long}}/{name}", (long id, HttpContext http, StoryQueries stories, CancellationToken ct) =>
                    StoryAsync(http, format, id, stories, ct))
                .CacheOutput(StoryPages.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/cari/{name}", (HttpContext http, ArticleSearch search, RegionCatalog regions, SiberindoDb db, CancellationToken ct) =>
                    SearchAsync(http, format, search, regions, db, ct))
                .RequireRateLimiting(RateLimits.Search)
                .CacheOutput(SearchExtensions.CachePolicy).ExcludeFromDescription();
        }
        return app;
    }

    private static async Task<FileContentHttpResult> HomeAsync(HttpContext http, FeedFormat format, PortalQueries queries, CancellationToken ct)
    {
        var items = (await queries.LatestAsync(Size, ct: ct)).Select(FeedItem.From).ToList();
        return FeedResult.Of(http, format, "Siberindo: berita terkini",
            "Berita terkini dari media siber anggota di seluruh Indonesia.", "", items);
    }

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult, NotFound>> ProvinceAsync(HttpContext http, FeedFormat format, string key, PortalQueries queries,
        RegionCatalog regions, CancellationToken ct)
    {
        if (regions.ProvinceByCodeOrSlug(key) is not { } province) return TypedResults.NotFound();
        var path = $"/provinsi/{province.Slug}";
        if (key != province.Slug) return TypedResults.Redirect(FeedFormats.Href(path, format), permanent: true);
        var items = (await queries.LatestAsync(Size, provinceCode: province.Code, ct: ct)).Select(FeedItem.From).ToList();
        return FeedResult.Of(http, format, $"Siberindo: berita {province.Name}",
            $"Berita terkini dari media anggota di provinsi {province.Name}.", path, items);
    }

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult, NotFound>> RegencyAsync(HttpContext http, FeedFormat format, string key, PortalQueries queries,
        RegionCatalog regions, CancellationToken ct)
    {
        if (regions.RegencyByCodeOrSlug(key) is not { } regency) return TypedResults.NotFound();
        var path = RegencyPageModel.PathOf(regency);
        if (key != regency.Slug) return TypedResults.Redirect(FeedFormats.Href(path, format), permanent: true);
        var items = (await queries.LatestAsync(Size, regencyCode: regency.Code, ct: ct)).Select(FeedItem.From).ToList();
        var province = regions.Province(regency.ProvinceCode)?.Name;
        return FeedResult.Of(http, format, $"Siberindo: berita {regency.Name}",
            $"Berita terkini dari media anggota yang berkantor di {regency.Name}{(province is null ? "" : ", " + province)}.", path, items);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> OutletAsync(HttpContext http, FeedFormat format, string slug, PortalQueries queries,
        SiberindoDb db, CancellationToken ct)
    {
        var outlet = await db.Outlets.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct);
        if (outlet is null) return TypedResults.NotFound();
        var items = (await queries.LatestAsync(Size, outletId: outlet.Id, ct: ct)).Select(FeedItem.From).ToList();
        return FeedResult.Of(http, format, $"Siberindo: {outlet.Name}", $"Berita terkini dari {outlet.Name}.", $"/media/{slug}", items);
    }

    private static async Task<Results<FileContentHttpResult, RedirectHttpResult, NotFound>> StoryAsync(HttpContext http, FeedFormat format, long id, StoryQueries stories, CancellationToken ct)
    {
        // Evicted with the story's page when the story changes.
        http.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(StoryPages.Tag(id));
        var view = await stories.StoryAsync(id, ct);
        if (view is null)
        {
            return await stories.SurvivorOfAsync(id, ct) is { } survivor
                ? TypedResults.Redirect(FeedFormats.Href($"/berita/{survivor.Id}", format), permanent: true)
                : TypedResults.NotFound();
        }
        var items = view.Articles.OrderByDescending(a => a.Published).ThenByDescending(a => a.ArticleId).Take(Size)
            .Select(a => new FeedItem(a.ArticleId, a.Title, a.Excerpt, a.Published, a.OutletName)).ToList();
        return FeedResult.Of(http, format, $"Siberindo: liputan lengkap: {view.Story.Title}",
            $"Semua media yang memberitakan \"{view.Story.Title}\".", StoryPages.Url(id, view.Story.Title), items);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SearchAsync(HttpContext http, FeedFormat format, ArticleSearch search, RegionCatalog regions,
        SiberindoDb db, CancellationToken ct)
    {
        var query = http.Request.Query;
        string? q = query["q"];
        if (string.IsNullOrWhiteSpace(q)) return TypedResults.Problem("Parameter q (kata kunci, the query) is required.", statusCode: 400);
        if (q.Length > SearchApi.MaxQueryLength) q = q[..SearchApi.MaxQueryLength];
        var (filters, errors) = await new SearchFilterInput(query["provinsi"], query["kabupaten"], query["media"], query["dari"],
            query["sampai"], query["verifikasi"]).ResolveAsync(regions, db, ct);
        if (errors.Count > 0) return TypedResults.Problem(string.Join(" ", errors), statusCode: 400);
        var results = await search.SearchAsync(q, filters, 1, Size, ct);
        var ids = results.Groups.Select(g => g.Top.Id).ToList();
        var excerpts = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Excerpt })
            .ToDictionaryAsync(a => a.Id, a => a.Excerpt, ct);
        var items = results.Groups.Select(g => new FeedItem(g.Top.Id, g.Top.Title, excerpts.GetValueOrDefault(g.Top.Id), g.Top.Published, g.Top.OutletName)).ToList();
        return FeedResult.Of(http, format, $"Siberindo: cari \"{q}\"", $"Hasil pencarian \"{q}\" di Siberindo.", "/cari" + http.Request.QueryString, items);
    }
}
