using System.Net;

namespace Siberindo.Crawling;

public enum FetchOutcome { Fetched, NotModified, Failed }

/// <summary>What one conditional GET of a feed gave.</summary>
public sealed record FetchResult(
    FetchOutcome Outcome,
    Uri FinalUrl,
    HttpStatusCode? StatusCode = null,
    byte[]? Body = null,
    string? ContentType = null,
    string? ETag = null,
    string? LastModified = null,
    TimeSpan? RetryAfter = null,
    string? Error = null,
    bool Refused = false)
{
    /// <summary>The response's Link header values (WebSub hubs may be announced there).</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>The body was longer than the fetch's cap (it was not read to its end).</summary>
    public bool OverCap { get; init; }

    public static FetchResult Fail(Uri url, string error, HttpStatusCode? status = null, TimeSpan? retryAfter = null) =>
        new(FetchOutcome.Failed, url, status, Error: error, RetryAfter: retryAfter);

    /// <summary>The SSRF guard refused an address on the way (the URL itself or a redirect).</summary>
    public static FetchResult Refuse(Uri url, string error) => new(FetchOutcome.Failed, url, Error: error, Refused: true);
}
