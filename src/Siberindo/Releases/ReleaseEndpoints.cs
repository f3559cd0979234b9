using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Portal.Feeds;
using Siberindo.Portal.Sitemaps;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Releases;

/// <summary>
/// Release endpoints: public feeds, attachments, the API (ninjs) and the sitemap, all cached under the embargo policy
/// and read through the embargo filter; the outlets' private feeds and tracked links (not cached); the coverage CSV
/// and PDF for the partner.
/// </summary>
public static class ReleaseEndpoints
{
    public static IEndpointRouteBuilder MapReleaseEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var format in FeedFormats.All)
        {
            var name = FeedFormats.FileName(format);
            app.MapGet($"/rilis/{name}", (HttpContext http, ReleaseQueries q, CancellationToken ct) =>
                    FeedAsync(http, format, q, null, null, "Siberindo: rilis mitra pemerintah", "Siaran pers mitra pemerintah untuk media anggota.", "/rilis", ct))
                .CacheOutput(ReleasePages.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/rilis/mitra/{{slug}}/{name}", async Task<Results<FileContentHttpResult, NotFound>> (string slug, HttpContext http, ReleaseQueries q, SiberindoDb db, CancellationToken ct) =>
                    await db.Set<Partner>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct) is { } p
                        ? await FeedAsync(http, format, q, p.Id, null, $"Siberindo: rilis {p.Name}", $"Siaran pers {p.Name}.", $"/rilis/mitra/{slug}", ct)
                        : TypedResults.NotFound())
                .CacheOutput(ReleasePages.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/rilis/provinsi/{{slug}}/{name}", async Task<Results<FileContentHttpResult, NotFound>> (string slug, HttpContext http, ReleaseQueries q, RegionCatalog regions, CancellationToken ct) =>
                    regions.ProvinceByCodeOrSlug(slug) is { } p
                        ? await FeedAsync(http, format, q, null, p.Code, $"Siberindo: rilis untuk {p.Name}", $"Siaran pers untuk media di {p.Name}.", $"/rilis/provinsi/{p.Slug}", ct)
                        : TypedResults.NotFound())
                .CacheOutput(ReleasePages.CachePolicy).ExcludeFromDescription();
            app.MapGet($"/rilis/saluran/{{token}}/{name}", (string token, HttpContext http, SiberindoDb db, ReleaseReader reader, CancellationToken ct) =>
                PrivateFeedAsync(http, format, token, db, reader, ct)).ExcludeFromDescription();
        }

        app.MapGet("/rilis/{id:long}/lampiran/{attachmentId:long}", async Task<Results<FileContentHttpResult, NotFound>> (long id, long attachmentId, HttpContext http, ReleaseReader reader, CancellationToken ct) =>
            await reader.AttachmentAsync(id, attachmentId, ct) is { } file ? Uploads.Serve(http, file.Content, file.Attachment.ContentType, file.Attachment.FileName) : TypedResults.NotFound())
            .ExcludeFromDescription();
        app.MapGet("/rilis/terima/{key}", OpenAsync).ExcludeFromDescription();
        app.MapGet("/rilis/terima/{key}/lampiran/{attachmentId:long}", DownloadAsync).ExcludeFromDescription();
        app.MapGet("/sitemap-rilis.xml", SitemapAsync).CacheOutput(ReleasePages.CachePolicy).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/releases").WithTags("Releases").CacheOutput(ReleasePages.CachePolicy);
        // ninjs is written as JSON by hand, so no CLR type describes the body; the status codes and media type still do.
        api.MapGet("/", ListApiAsync).WithSummary("Published press releases of government partners, newest first (IPTC ninjs).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/{id:long}", ItemApiAsync).WithSummary("One published release as IPTC ninjs.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        app.MapGet("/mitra/rilis/{id:long}/lampiran/{attachmentId:long}", async Task<Results<FileContentHttpResult, NotFound>> (long id, long attachmentId, HttpContext http, ReleaseService releases, CancellationToken ct) =>
                await releases.OwnAttachmentAsync(id, attachmentId, ct) is { } file ? Uploads.Serve(http, file.Content, file.Attachment.ContentType, file.Attachment.FileName) : TypedResults.NotFound())
            .RequireAuthorization(PartnersExtensions.PartnerPolicy).ExcludeFromDescription();
        var partner = app.MapGroup("/mitra/rilis/{id:long}").RequireAuthorization(PartnersExtensions.PartnerPolicy).ExcludeFromDescription();
        partner.MapGet("/liputan.csv", async Task<Results<FileContentHttpResult, NotFound>> (long id, HttpContext http, CoverageService coverage, CancellationToken ct) =>
            await coverage.ReportAsync(id, ct) is { } r ? TypedResults.File(CoverageService.Csv(r, BaseUrl(http)), "text/csv; charset=utf-8", $"liputan-rilis-{id}.csv") : TypedResults.NotFound());
        partner.MapGet("/liputan.pdf", async Task<Results<FileContentHttpResult, NotFound>> (long id, CoverageService coverage, CancellationToken ct) =>
            await coverage.ReportAsync(id, ct) is { } r ? TypedResults.File(CoverageService.Pdf(r), "application/pdf", $"liputan-rilis-{id}.pdf") : TypedResults.NotFound());
        return app;
    }

    static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    static async Task<FileContentHttpResult> FeedAsync(HttpContext http, FeedFormat format, ReleaseQueries q, int? partnerId, string? province, string title, string description, string path, CancellationToken ct)
    {
        var items = (await q.ListAsync(partnerId, province, null, 1, ReleasePages.PageSize, ct))
            .Select(r => new FeedItem(r.Id, r.Headline, r.Excerpt, r.Published, r.PartnerName, ReleasePages.Url(r.Id, r.Slug), "rilis")).ToList();
        return FeedResult.Of(http, format, title, description, path, items);
    }


    /// <summary>The releases delivered to one outlet, for its private token; items link through the outlet's tracked links.</summary>
    static async Task<Results<FileContentHttpResult, NotFound>> PrivateFeedAsync(HttpContext http, FeedFormat format, string token, SiberindoDb db, ReleaseReader reader, CancellationToken ct)
    {
        var hash = ReceiverService.Hash(token);
        var channel = await db.Set<ReleaseChannel>().AsNoTracking().Where(c => c.TokenHash == hash && c.RevokedAt == null)
            .Join(db.Outlets, c => c.OutletId, o => o.Id, (c, o) => new { c.OutletId, o.Name }).SingleOrDefaultAsync(ct);
        if (channel is null) return TypedResults.NotFound();
        http.Response.Headers.CacheControl = "private, no-store";
        var items = await db.Set<ReleaseDelivery>().AsNoTracking().Where(d => d.OutletId == channel.OutletId)
            .Join(reader.Out(), d => d.ReleaseId, r => r.Id, (d, r) => new { d.Key, r.Id, r.Headline, r.BodyHtml, r.EmbargoUntil, r.PartnerId })
            .Join(db.Set<Partner>(), x => x.PartnerId, p => p.Id, (x, p) => new { x.Key, x.Id, x.Headline, x.BodyHtml, x.EmbargoUntil, p.Name })
            .OrderByDescending(x => x.EmbargoUntil).Take(ReleasePages.PageSize).ToListAsync(ct);
        return FeedResult.Of(http, format, $"Rilis untuk {channel.Name}", "Siaran pers mitra pemerintah yang dikirim ke media Anda (feed pribadi).", "/admin/rilis",
            items.Select(x => new FeedItem(x.Id, x.Headline, ReleaseQueries.Excerpt(x.BodyHtml), x.EmbargoUntil!.Value, x.Name, $"/rilis/terima/{x.Key}", "rilis")).ToList());
    }

    /// <summary>An outlet opens a release through its own link (mail, private feed, inbox): counted, then the release's page.</summary>
    static async Task<Results<RedirectHttpResult, NotFound>> OpenAsync(string key, SiberindoDb db, ReleaseReader reader, CancellationToken ct)
    {
        var delivery = await db.Set<ReleaseDelivery>().SingleOrDefaultAsync(d => d.Key == key, ct);
        var release = delivery is null ? null : await reader.Readable().Where(r => r.Id == delivery.ReleaseId).Select(r => new { r.Id, r.Slug }).SingleOrDefaultAsync(ct);
        if (delivery is null || release is null) return TypedResults.NotFound();
        delivery.Opens++;
        delivery.FirstOpenedAt ??= reader.Now;
        db.Add(new ReleaseActivity { ReleaseId = release.Id, OutletId = delivery.OutletId, Kind = ActivityKind.Opened, At = reader.Now });
        await db.SaveChangesAsync(ct);
        return TypedResults.Redirect(ReleasePages.Url(release.Id, release.Slug));
    }

    static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(string key, long attachmentId, HttpContext http, SiberindoDb db, ReleaseReader reader, CancellationToken ct)
    {
        var delivery = await db.Set<ReleaseDelivery>().SingleOrDefaultAsync(d => d.Key == key, ct);
        if (delivery is null || await reader.AttachmentAsync(delivery.ReleaseId, attachmentId, ct) is not { } file) return TypedResults.NotFound();
        delivery.Downloads++;
        db.Add(new ReleaseActivity { ReleaseId = delivery.ReleaseId, OutletId = delivery.OutletId, Kind = ActivityKind.Downloaded, At = reader.Now, Detail = file.Attachment.FileName });
        await db.SaveChangesAsync(ct);
        return Uploads.Serve(http, file.Content, file.Attachment.ContentType, file.Attachment.FileName);
    }

    static async Task<FileContentHttpResult> SitemapAsync(HttpContext http, ReleaseReader reader, SiberindoDb db, CancellationToken ct)
    {
        var baseUrl = BaseUrl(http);
        var releases = await reader.Out().OrderByDescending(r => r.EmbargoUntil).Take(SitemapEndpoints.PageSize - 100)
            .Select(r => new { r.Id, r.Slug, r.EmbargoUntil, r.CorrectedAt }).ToListAsync(ct);
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => reader.Out().Any(r => r.PartnerId == p.Id)).Select(p => p.Slug).ToListAsync(ct);
        var urls = new[] { new SitemapWriter.Url(baseUrl + "/rilis") }
            .Concat(partners.Select(s => new SitemapWriter.Url($"{baseUrl}/rilis/mitra/{s}")))
            .Concat(releases.Select(r => new SitemapWriter.Url(baseUrl + ReleasePages.Url(r.Id, r.Slug), r.CorrectedAt ?? r.EmbargoUntil)));
        return TypedResults.Bytes(SitemapWriter.UrlSet(urls), SitemapWriter.ContentType);
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> ListApiAsync(HttpContext http, ReleaseQueries q, SiberindoDb db, RegionCatalog regions, string? partner, string? province, int? page, CancellationToken ct)
    {
        int? partnerId = null;
        if (partner is not null)
        {
            partnerId = await db.Set<Partner>().Where(p => p.Slug == partner).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
            if (partnerId is null) return TypedResults.Problem($"Mitra '{partner}' tidak dikenal (unknown partner).", statusCode: 400);
        }
        string? provinceCode = null;
        if (province is not null)
        {
            if (regions.ProvinceByCodeOrSlug(province) is not { } p) return TypedResults.Problem($"Provinsi '{province}' tidak dikenal (unknown province).", statusCode: 400);
            provinceCode = p.Code;
        }
        var cards = await q.ListAsync(partnerId, provinceCode, http.Request.Query["q"], Math.Max(1, page ?? 1), ReleasePages.PageSize, ct);
        var ids = cards.Select(c => c.Id).ToList();
        var items = await ItemsAsync(http, db, regions, q.Now, db.Set<Release>().AsNoTracking().Out(q.Now).Where(r => ids.Contains(r.Id)), ct);
        return TypedResults.Text("[" + string.Join(",", ids.Where(items.ContainsKey).Select(id => Encoding.UTF8.GetString(items[id]))) + "]", "application/json; charset=utf-8");
    }

    static async Task<Results<FileContentHttpResult, NotFound>> ItemApiAsync(long id, HttpContext http, ReleaseReader reader, SiberindoDb db, RegionCatalog regions, CancellationToken ct)
    {
        var items = await ItemsAsync(http, db, regions, reader.Now, reader.Readable().Where(r => r.Id == id), ct);
        return items.TryGetValue(id, out var json) ? TypedResults.Bytes(json, "application/json; charset=utf-8") : TypedResults.NotFound();
    }

    static async Task<Dictionary<long, byte[]>> ItemsAsync(HttpContext http, SiberindoDb db, RegionCatalog regions, DateTime now, IQueryable<Release> releases, CancellationToken ct)
    {
        var list = await releases.Include(r => r.Targets).ToListAsync(ct);
        var ids = list.Select(r => r.Id).ToList();
        var partnerIds = list.Select(r => r.PartnerId).Distinct().ToList();
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var attachments = (await db.Set<ReleaseAttachment>().AsNoTracking().Where(a => ids.Contains(a.ReleaseId)).ToListAsync(ct))
            .ToLookup(a => a.ReleaseId, a => new Ninjs.Attachment(a.Id, a.FileName, a.ContentType, a.Size, a.Caption));
        return list.ToDictionary(r => r.Id, r => Ninjs.Write(r, partners.GetValueOrDefault(r.PartnerId, ""), BaseUrl(http), attachments[r.Id].ToList(),
            WebhookSender.PlacesOf(r, regions), now));
    }
}
