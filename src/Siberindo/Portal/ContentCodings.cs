using Microsoft.Net.Http.Headers;

namespace Siberindo.Portal;

/// <summary>
/// The one content coding a request gets: <c>br</c>, <c>gzip</c> or <c>identity</c>. The output cache varies by this
/// value and the compression step compresses to it, so the two can never disagree and every cached response has at
/// most three variants, whatever spelling of Accept-Encoding clients send.
/// </summary>
public static class ContentCodings
{
    public const string Brotli = "br", Gzip = "gzip", Identity = "identity";

    public static string Negotiate(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0) return Identity;
        // What browsers send, answered without parsing.
        if (header.Count == 1 && header[0] is "gzip, deflate, br" or "gzip, deflate, br, zstd" or "gzip, br" or "br, gzip") return Brotli;
        if (!StringWithQualityHeaderValue.TryParseList(header, out var codings)) return Identity;
        double br = -1, gzip = -1, any = -1;
        foreach (var coding in codings)
        {
            var q = coding.Quality ?? 1;
            if (coding.Value.Equals(Brotli, StringComparison.OrdinalIgnoreCase)) br = q;
            else if (coding.Value.Equals(Gzip, StringComparison.OrdinalIgnoreCase)) gzip = q;
            else if (coding.Value.Equals("*", StringComparison.Ordinal)) any = q;
        }
        // A coding not named takes the value of "*" (RFC 9110, 12.5.3).
        if (br < 0) br = any;
        if (gzip < 0) gzip = any;
        if (br > 0 && br >= gzip) return Brotli;
        return gzip > 0 ? Gzip : Identity;
    }
}
