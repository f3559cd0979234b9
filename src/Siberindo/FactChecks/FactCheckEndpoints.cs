using System.Text.Json.Nodes;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Siberindo.Portal.Seo;

namespace Siberindo.FactChecks;

/// <summary>The registry's machine-readable faces: an RSS feed of the checks and every check as ClaimReview JSON-LD.</summary>
public static class FactCheckEndpoints
{
    public static IEndpointRouteBuilder MapFactCheckEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cek-fakta/feed.xml", async Task<FileContentHttpResult> (HttpRequest request, FactCheckQueries queries, CancellationToken ct) =>
        {
            var baseUrl = SiteIdentity.BaseUrl(request);
            var checks = await queries.ListAsync(null, 1, ct);
            var output = new MemoryStream();
            await using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) }))
            {
                xml.WriteStartElement("rss");
                xml.WriteAttributeString("version", "2.0");
                xml.WriteStartElement("channel");
                xml.WriteElementString("title", "Siberindo: Cek Fakta");
                xml.WriteElementString("link", baseUrl + "/cek-fakta");
                xml.WriteElementString("description", "Cek fakta jaringan media siber: klaim yang beredar dan hasil pemeriksaannya.");
                xml.WriteElementString("language", "id");
                foreach (var f in checks)
                {
                    xml.WriteStartElement("item");
                    xml.WriteElementString("title", $"[{f.VerdictLabel}] {f.Title}");
                    xml.WriteElementString("link", baseUrl + FactCheckPages.Url(f.Id, f.Slug));
                    xml.WriteElementString("guid", baseUrl + FactCheckPages.Url(f.Id, f.Slug));
                    xml.WriteElementString("pubDate", f.Published.ToString("R"));
                    xml.WriteElementString("category", RatingNames.Label(f.Rating));
                    xml.WriteElementString("description", f.Explanation);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            return TypedResults.Bytes(output.ToArray(), "application/rss+xml; charset=utf-8");
        }).CacheOutput(FactCheckPages.CachePolicy).Produces(StatusCodes.Status200OK, contentType: "application/rss+xml");

        // Every check at once, for partner desks and Fact Check Explorer-style readers; `siberindo cekfakta import` reads it back.
        app.MapGet("/cek-fakta/claimreview.json", async Task<ContentHttpResult> (HttpRequest request, FactCheckQueries queries, CancellationToken ct) =>
        {
            var baseUrl = SiteIdentity.BaseUrl(request);
            var checks = await queries.Published().OrderBy(f => f.Id).ToListAsync(ct);
            var list = new JsonArray(checks.Select(f => (JsonNode)ClaimReviewJson.Write(f, baseUrl + FactCheckPages.Url(f.Id, f.Slug), SiteIdentity.Name)).ToArray());
            return TypedResults.Text(StructuredData.Serialize(new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = list }), "application/ld+json; charset=utf-8");
        }).CacheOutput(FactCheckPages.CachePolicy).Produces(StatusCodes.Status200OK, contentType: "application/ld+json");

        // A report's screenshot, for the desk only, served so that no browser runs it as a page.
        app.MapGet("/admin/cek-fakta/laporan/{id:long}/gambar", async Task<Results<FileContentHttpResult, NotFound>> (long id, HttpContext http, HoaxReports reports, Accounts.AccessScope scope, CancellationToken ct) =>
        {
            if (!scope.IsFactChecker) return TypedResults.NotFound();
            var image = await reports.ScreenshotAsync(id, ct);
            return image is null ? TypedResults.NotFound() : Partners.Uploads.Serve(http, image.Content, image.ContentType, $"laporan-{id}{(image.ContentType == "image/png" ? ".png" : image.ContentType == "image/webp" ? ".webp" : ".jpg")}");
        }).RequireAuthorization(Accounts.Roles.Staff).ExcludeFromDescription();
        return app;
    }
}
