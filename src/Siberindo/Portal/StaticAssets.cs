using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Siberindo.Portal;

/// <summary>
/// Static files (wwwroot): version stamps, so they can be cached for a year and still change on deploy, and their
/// Brotli and gzip forms, compressed once at start at the smallest size (the files are few and small) and served from
/// memory. A file asked for without compression is served by the static file middleware as it is.
/// </summary>
public static class StaticAssets
{
    private const string CacheForever = "public, max-age=31536000, immutable";
    private static readonly string[] CompressedTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
    private static FrozenDictionary<string, Asset> _assets = FrozenDictionary<string, Asset>.Empty;

    public static string CssVersion { get; private set; } = "0";

    private sealed record Asset(string ContentType, string Hash, byte[] Brotli, byte[] Gzip);

    public static void Stamp(IWebHostEnvironment env)
    {
        var types = new FileExtensionContentTypeProvider();
        var assets = new Dictionary<string, Asset>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, file) in Files(env.WebRootFileProvider, ""))
        {
            if (!types.TryGetContentType(path, out var type) || !CompressedTypes.Contains(type)) continue;
            using var stream = file.CreateReadStream();
            var bytes = new byte[file.Length];
            stream.ReadExactly(bytes);
            assets[path] = new Asset(type, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12],
                Compress(bytes, s => new BrotliStream(s, CompressionLevel.SmallestSize)),
                Compress(bytes, s => new GZipStream(s, CompressionLevel.SmallestSize)));
        }
        _assets = assets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        if (_assets.TryGetValue("/css/site.css", out var css)) CssVersion = css.Hash;
    }

    public static IApplicationBuilder UseStaticAssets(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return next(context);
            if (!_assets.TryGetValue(context.Request.Path.Value ?? "", out var asset)) return next(context);
            var coding = ContentCodings.Negotiate(context.Request);
            if (coding == ContentCodings.Identity) return next(context);
            return ServeAsync(context, asset, coding);
        });
        return app.UseStaticFiles(new StaticFileOptions
        {
            // Asset URLs carry a content hash (?v=), so browsers may keep them for a year.
            OnPrepareResponse = c =>
            {
                c.Context.Response.Headers.CacheControl = CacheForever;
                if (_assets.ContainsKey(c.Context.Request.Path.Value ?? "")) c.Context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            },
        });
    }

    private static async Task ServeAsync(HttpContext context, Asset asset, string coding)
    {
        var response = context.Response;
        var etag = $"\"{asset.Hash}-{coding}\"";
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheForever;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var body = coding == ContentCodings.Brotli ? asset.Brotli : asset.Gzip;
        response.ContentType = asset.ContentType;
        response.Headers.ContentEncoding = coding;
        response.ContentLength = body.Length;
        if (HttpMethods.IsGet(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output)) compressing.Write(bytes);
        return output.ToArray();
    }

    private static IEnumerable<(string Path, IFileInfo File)> Files(IFileProvider provider, string folder)
    {
        foreach (var entry in provider.GetDirectoryContents(folder))
        {
            var path = folder + "/" + entry.Name;
            if (!entry.IsDirectory) yield return (path, entry);
            else foreach (var inner in Files(provider, path)) yield return inner;
        }
    }
}
