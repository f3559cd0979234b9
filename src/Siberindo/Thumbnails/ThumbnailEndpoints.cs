using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Siberindo.Storage;

namespace Siberindo.Thumbnails;

/// <summary>Serves stored thumbnails from our own origin: <c>/gambar/{article}-{version}.webp</c>.</summary>
public static class ThumbnailEndpoints
{
    /// <summary>A version names one file's bytes for good, so browsers, nginx and CDNs may keep it a year without asking.</summary>
    public const string CacheForever = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/gambar/{file}", ServeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, NotFound>> ServeAsync(string file, HttpContext http, SiberindoDb db, CancellationToken ct)
    {
        if (!TryParse(file, out var articleId, out var version)) return TypedResults.NotFound();
        var etag = $"\"{version}\"";
        var headers = http.Response.Headers;
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            // The version in the URL is the content: a browser that has it has these very bytes.
            headers.CacheControl = CacheForever;
            headers.ETag = etag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var webp = await db.Set<ArticleThumbnail>().AsNoTracking()
            .Where(t => t.ArticleId == articleId && t.State == ThumbnailState.Stored && t.Version == version)
            .Select(t => t.Webp)
            .FirstOrDefaultAsync(ct);
        if (webp is null) return TypedResults.NotFound();
        headers.CacheControl = CacheForever;
        headers.ETag = etag;
        // Set for every response by the security headers too; said here as well because a picture is where a browser
        // would otherwise guess a type from the bytes.
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(webp, "image/webp");
    }

    /// <summary>"{article}-{version}.webp" with a decimal id and a lower-case hex version, nothing else.</summary>
    internal static bool TryParse(string file, out long articleId, out string version)
    {
        articleId = 0;
        version = "";
        if (!file.EndsWith(".webp", StringComparison.Ordinal)) return false;
        var name = file.AsSpan(0, file.Length - ".webp".Length);
        var dash = name.IndexOf('-');
        if (dash <= 0 || !long.TryParse(name[..dash], System.Globalization.NumberStyles.None, null, out articleId)) return false;
        var hex = name[(dash + 1)..];
        if (hex.Length is 0 or > 16 || hex.IndexOfAnyExcept("0123456789abcdef") >= 0) return false;
        version = hex.ToString();
        return true;
    }
}
