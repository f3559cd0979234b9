using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Siberindo.Regions;
using Siberindo.Storage;
using Siberindo.Stories;

namespace Siberindo.Portal.Sitemaps;

/// <summary>
/// For search engines: <c>/robots.txt</c>, the sitemap index <c>/sitemap.xml</c> over paged sitemaps of stories and
/// outlets (at most <see cref="PageSize"/> URLs each, the protocol's limit), of the regency pages with member outlets,
/// and one of the province pages, and the
/// Google News sitemap <c>/sitemap-news.xml</c> of the stories first published in the last two days. Only public
/// pages appear. Cached like the lists (tag "articles", evicted by ingest and story assignment).
/// </summary>
public static class SitemapEndpoints
{
    public const int PageSize = 50_000;
    /// <summary>Google News reads at most 1,000 URLs per news sitemap, published within two days.</summary>
    public const int NewsLimit = 1_000;
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http) => TypedResults.Text(RobotsTxt.For(BaseUrl(http)), "text/plain; charset=utf-8"))
            .CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", IndexAsync).CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
        app.MapGet("/sitemap-provinsi.xml", (HttpContext http, RegionCatalog regions) => Xml(SitemapWriter.UrlSet(
                new[] { "/", "/provinsi" }.Concat(regions.Provinces.Select(p => $"/provinsi/{p.Slug}"))
                    .Select(path => new SitemapWriter.Url(BaseUrl(http) + path)))))
            .CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
        app.MapGet("/sitemap-kabupaten-{page:int}.xml", RegenciesAsync).CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
        app.MapGet("/sitemap-media-{page:int}.xml", OutletsAsync).CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
        app.MapGet("/sitemap-berita-{page:int}.xml", StoriesAsync).CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
        app.MapGet("/sitemap-news.xml", NewsAsync).CacheOutput(PortalExtensions.CachePolicy).ExcludeFromDescription();
        return app;
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static FileContentHttpResult Xml(byte[] body) => TypedResults.Bytes(body, SitemapWriter.ContentType);

    private static int Pages(int count) => Math.Max(1, (count + PageSize - 1) / PageSize);

    private static async Task<FileContentHttpResult> IndexAsync(HttpContext http, SiberindoDb db, RegionCatalog regions, IEnumerable<SitemapSource> sources,
        CancellationToken ct)
    {
        var baseUrl = BaseUrl(http);
        var outletPages = Pages(await db.Outlets.CountAsync(ct));
        var regencyPages = Pages((await RegenciesWithOutletsAsync(db, regions, ct)).Count);
        var storyPages = Pages(await db.Set<Story>().CountAsync(ct));
        var sitemaps = new List<string> { "/sitemap-provinsi.xml", "/sitemap-news.xml" };
        sitemaps.AddRange(Enumerable.Range(1, regencyPages).Select(p => $"/sitemap-kabupaten-{p}.xml"));
        sitemaps.AddRange(Enumerable.Range(1, outletPages).Select(p => $"/sitemap-media-{p}.xml"));
        sitemaps.AddRange(Enumerable.Range(1, storyPages).Select(p => $"/sitemap-berita-{p}.xml"));
        sitemaps.AddRange(sources.Select(s => s.Path));
        return Xml(SitemapWriter.Index(sitemaps.Select(path => new SitemapWriter.Url(baseUrl + path))));
    }

    /// <summary>
    /// Regencies and cities where member outlets are based, in Kemendagri order: the regency pages that have news to show. The other
    /// regency pages exist too but say only that there is no news yet, which is nothing to offer a search engine.
    /// </summary>
    private static async Task<List<RegencyInfo>> RegenciesWithOutletsAsync(SiberindoDb db, RegionCatalog regions, CancellationToken ct)
    {
        var codes = await db.Outlets.AsNoTracking().Where(o => o.RegencyCode != null).Select(o => o.RegencyCode!).Distinct().ToListAsync(ct);
        return codes.Select(regions.Regency).OfType<RegencyInfo>().OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> RegenciesAsync(int page, HttpContext http, SiberindoDb db, RegionCatalog regions, CancellationToken ct)
    {
        if (page < 1) return TypedResults.NotFound();
        var regencies = (await RegenciesWithOutletsAsync(db, regions, ct)).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        if (regencies.Count == 0 && page > 1) return TypedResults.NotFound();
        var baseUrl = BaseUrl(http);
        return Xml(SitemapWriter.UrlSet(regencies.Select(r => new SitemapWriter.Url(baseUrl + RegencyPageModel.PathOf(r)))));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> OutletsAsync(int page, HttpContext http, SiberindoDb db, CancellationToken ct)
    {
        if (page < 1) return TypedResults.NotFound();
        var slugs = await db.Outlets.AsNoTracking().OrderBy(o => o.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => o.Slug).ToListAsync(ct);
        if (slugs.Count == 0 && page > 1) return TypedResults.NotFound();
        var baseUrl = BaseUrl(http);
        var paths = page == 1 ? slugs.Select(s => $"/media/{s}").Prepend("/media") : slugs.Select(s => $"/media/{s}");
        var urls = paths.Select(path => new SitemapWriter.Url(baseUrl + path));
        return Xml(SitemapWriter.UrlSet(urls));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> StoriesAsync(int page, HttpContext http, SiberindoDb db, CancellationToken ct)
    {
        if (page < 1) return TypedResults.NotFound();
        var stories = await db.Set<Story>().AsNoTracking().OrderBy(s => s.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new { s.Id, s.Title, s.LastPublished }).ToListAsync(ct);
        if (stories.Count == 0 && page > 1) return TypedResults.NotFound();
        var baseUrl = BaseUrl(http);
        return Xml(SitemapWriter.UrlSet(stories.Select(s => new SitemapWriter.Url(baseUrl + StoryPages.Url(s.Id, s.Title), s.LastPublished))));
    }

    private static async Task<FileContentHttpResult> NewsAsync(HttpContext http, SiberindoDb db, TimeProvider clock, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - NewsWindow;
        var stories = await db.Set<Story>().AsNoTracking().Where(s => s.FirstPublished >= since)
            .OrderByDescending(s => s.FirstPublished).Take(NewsLimit)
            .Select(s => new { s.Id, s.Title, s.FirstPublished }).ToListAsync(ct);
        var baseUrl = BaseUrl(http);
        return Xml(SitemapWriter.News(stories.Select(s => new SitemapWriter.NewsUrl(baseUrl + StoryPages.Url(s.Id, s.Title), s.Title, s.FirstPublished))));
    }
}

/// <summary>A sitemap another feature serves (its own path and content), listed in the index.</summary>
public sealed record SitemapSource(string Path);
