using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Siberindo.Crawling;

/// <summary>
/// Fetches feeds politely and defensively: conditional GET, redirects followed by hand with every hop checked,
/// a cap on the body (after decompression) read as a stream, and a timeout on the whole exchange.
/// </summary>
public sealed class FeedFetcher(HttpClient http, IOptions<CrawlerOptions> options)
{
    public const string HttpClientName = "feeds";
    private const int MaxRedirects = 5;
    private readonly CrawlerOptions _options = options.Value;

    /// <summary>What feed requests accept; pages (articles, home pages) accept HTML instead.</summary>
    public const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    /// <summary>Images: only the raster formats thumbnails are made from (no SVG).</summary>
    public const string ImageAccept = "image/webp, image/jpeg, image/png, image/gif;q=0.9";

    public Task<FetchResult> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken ct) =>
        FetchAsync(url, etag, lastModified, FeedAccept, _options.MaxResponseBytes, _options.RequestTimeout, ct);

    /// <summary>Fetches a web page (an article, a home page, robots.txt) under the same guard and limits as feeds.</summary>
    public Task<FetchResult> FetchPageAsync(Uri url, CancellationToken ct) =>
        FetchAsync(url, null, null, PageAccept, _options.MaxResponseBytes, _options.RequestTimeout, ct);

    /// <summary>Fetches an image under the same guard, with limits of its own: pictures are many, and a card needs little.</summary>
    public Task<FetchResult> FetchImageAsync(Uri url, long maxBytes, TimeSpan timeout, CancellationToken ct) =>
        FetchAsync(url, null, null, ImageAccept, maxBytes, timeout, ct);

    private async Task<FetchResult> FetchAsync(Uri url, string? etag, string? lastModified, string accept, long maxBytes, TimeSpan limit,
        CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                    return FetchResult.Fail(current, $"Only http and https URLs can be fetched, not {current.Scheme}.");

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("Accept", accept);
                if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= MaxRedirects) return FetchResult.Fail(current, $"More than {MaxRedirects} redirects.");
                    if (response.Headers.Location is not { } location)
                        return FetchResult.Fail(current, "A redirect without a Location header.", response.StatusCode);
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FetchResult(FetchOutcome.NotModified, current, response.StatusCode);
                if (!response.IsSuccessStatusCode)
                    return FetchResult.Fail(current, $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.",
                        response.StatusCode, RetryAfter(response.Headers.RetryAfter));

                var body = await ReadCappedAsync(response.Content, maxBytes, timeout.Token);
                if (body is null)
                    return FetchResult.Fail(current, $"The response is larger than {Size(maxBytes)}.", response.StatusCode) with { OverCap = true };
                return new FetchResult(FetchOutcome.Fetched, current, response.StatusCode, body,
                    response.Content.Headers.ContentType?.MediaType,
                    response.Headers.ETag?.ToString(),
                    response.Content.Headers.LastModified?.ToString("R"))
                {
                    Links = response.Headers.TryGetValues("Link", out var links) ? links.ToList() : [],
                };
            }
        }
        catch (BlockedAddressException e)
        {
            return FetchResult.Refuse(current, e.Message);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchResult.Fail(current, $"No complete answer within {limit.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException e)
        {
            return e.InnerException is BlockedAddressException b
                ? FetchResult.Refuse(current, b.Message)
                : FetchResult.Fail(current, $"Connection failed: {e.Message}");
        }
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? value) => value switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the body is longer. The stream is already
    /// decompressed, so this also caps gzip bombs.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long max, CancellationToken ct)
    {
        if (content.Headers.ContentLength > max) return null;
        await using var stream = await content.ReadAsStreamAsync(ct);
        return await ReadCappedAsync(stream, max, ct);
    }

    /// <summary>Reads a stream to its end unless it holds more than <paramref name="max"/> bytes (then null).</summary>
    internal static async Task<byte[]?> ReadCappedAsync(Stream stream, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
