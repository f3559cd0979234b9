using System.Diagnostics.Metrics;
using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Siberindo.Portal;

/// <summary>
/// Decides how a response is compressed. The middleware runs inside the output cache (Hosting/SiberindoApp.cs), so a
/// cached response is compressed once when its entry fills and the cache stores and replays the compressed bytes, one
/// entry per coding (<see cref="EncodingVariants"/>); a cache hit never reaches this. Cached bodies get a slower,
/// smaller Brotli than responses compressed for one reader only.
/// </summary>
public sealed class PortalCompression : IResponseCompressionProvider
{
    // Quality 6 compresses the 137 KB home page to within a few per cent of quality 11 in about a tenth of its time;
    // a fill holds every reader of that page waiting (the cache's lock), so it must stay short.
    private const int CachedBrotliQuality = 6, OnceBrotliQuality = 2;

    private static readonly HashSet<string> CompressibleTypes = new(
        [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "text/csv", "application/problem+json", "application/xml",
         "application/rss+xml", "application/atom+xml", "application/feed+json"],
        StringComparer.OrdinalIgnoreCase);

    private readonly Counter<long> _compressed;
    private readonly ICompressionProvider _cachedBrotli, _cachedGzip, _onceBrotli, _onceGzip;

    public PortalCompression(IMeterFactory meters)
    {
        _compressed = meters.Create(Hosting.Observability.MeterName).CreateCounter<long>("siberindo.responses.compressed",
            description: "Responses compressed, by coding and by whether the output cache stores them (compressed once per fill)");
        _cachedBrotli = new Coder(this, ContentCodings.Brotli, true, s => new BrotliStream(s, new BrotliCompressionOptions { Quality = CachedBrotliQuality }, leaveOpen: true));
        _cachedGzip = new Coder(this, ContentCodings.Gzip, true, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true));
        _onceBrotli = new Coder(this, ContentCodings.Brotli, false, s => new BrotliStream(s, new BrotliCompressionOptions { Quality = OnceBrotliQuality }, leaveOpen: true));
        _onceGzip = new Coder(this, ContentCodings.Gzip, false, s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));
    }

    /// <summary>Always: a compressible response gets <c>Vary: Accept-Encoding</c> even when this reader asked for none.</summary>
    public bool CheckRequestAcceptsCompression(HttpContext context) => true;

    public ICompressionProvider? GetCompressionProvider(HttpContext context)
    {
        var cached = context.Features.Get<IOutputCacheFeature>()?.Context.EnableOutputCaching == true;
        return ContentCodings.Negotiate(context.Request) switch
        {
            ContentCodings.Brotli => cached ? _cachedBrotli : _onceBrotli,
            ContentCodings.Gzip => cached ? _cachedGzip : _onceGzip,
            _ => null,
        };
    }

    public bool ShouldCompressResponse(HttpContext context)
    {
        var response = context.Response;
        if (response.Headers.ContainsKey(HeaderNames.ContentRange) || response.Headers.ContainsKey(HeaderNames.ContentEncoding)) return false;
        if (MayCarrySecrets(context)) return false;
        var type = response.ContentType;
        if (string.IsNullOrEmpty(type)) return false;
        var semicolon = type.IndexOf(';');
        return CompressibleTypes.Contains(semicolon < 0 ? type : type[..semicolon].Trim());
    }

    /// <summary>
    /// BREACH: an attacker who can put text into a compressed HTTPS response that also holds a secret can learn the
    /// secret from the response's length. Pages for a signed-in user (admin pages, with member data and form tokens)
    /// and anonymous pages with a form token (antiforgery marks those no-store) are therefore sent uncompressed; they
    /// are few and small next to the public pages, which hold nothing secret and are the same for every reader.
    /// </summary>
    private static bool MayCarrySecrets(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ||
        context.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase);

    private sealed class Coder(PortalCompression owner, string name, bool cached, Func<Stream, Stream> create) : ICompressionProvider
    {
        private readonly KeyValuePair<string, object?>[] _tags = [new("encoding", name), new("cached", cached)];
        public string EncodingName => name;
        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream)
        {
            owner._compressed.Add(1, _tags);
            return create(outputStream);
        }
    }
}
