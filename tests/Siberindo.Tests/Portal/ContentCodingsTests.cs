using Microsoft.AspNetCore.Http;
using Siberindo.Portal;

namespace Siberindo.Tests.Portal;

/// <summary>Every spelling of Accept-Encoding comes down to one of three codings (three cache entries at most).</summary>
public sealed class ContentCodingsTests
{
    [Theory]
    [InlineData(null, "identity")]
    [InlineData("", "identity")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br", "br")]
    [InlineData("BR", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("deflate, gzip;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=1.0, br;q=0.5", "gzip")]
    [InlineData("gzip;q=0", "identity")]
    [InlineData("deflate", "identity")]
    [InlineData("identity", "identity")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.5, br;q=0", "gzip")]
    [InlineData("brotli, x-gzip", "identity")]
    [InlineData("gzip;q=nonsense", "identity")]
    public void Negotiates_br_gzip_or_identity(string? acceptEncoding, string expected)
    {
        var context = new DefaultHttpContext();
        if (acceptEncoding is not null) context.Request.Headers.AcceptEncoding = acceptEncoding;
        Assert.Equal(expected, ContentCodings.Negotiate(context.Request));
    }
}
