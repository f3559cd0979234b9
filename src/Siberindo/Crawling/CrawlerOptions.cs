namespace Siberindo.Crawling;

/// <summary>Settings of the crawler (section "Crawler").</summary>
public sealed class CrawlerOptions
{
    /// <summary>Whether this process polls feeds at all (web-only nodes turn it off).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Feeds fetched at the same time.</summary>
    public int Concurrency { get; set; } = 16;
    /// <summary>Requests to one host at the same time, so a member's cheap hosting is never flooded.</summary>
    public int PerHostConcurrency { get; set; } = 2;
    /// <summary>The interval of a feed before its outlet's publishing rhythm is known.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Bounds of the interval adapted to each outlet's rhythm.</summary>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromHours(6);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// How long a worker holds the feeds it claimed. Longer than one poll takes (fetch timeout plus ingest); when a
    /// worker dies, its feeds go to the others once this has passed.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(3);
    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>
    /// Lets the fetcher connect to loopback addresses. Only the demo network and tests set it: a member's feed URL
    /// is untrusted input and must never reach the machine's own services.
    /// </summary>
    public bool AllowLoopback { get; set; }
    public string UserAgent { get; set; } = "SiberindoBot/1.0 (news portal of member outlets; polls feeds politely)";
    /// <summary>
    /// The portal's public address, e.g. https://siberindo.id. WebSub subscriptions need it (hubs call back to
    /// {PublicBaseUrl}/websub/{id}); without it feeds are only polled. It is also named in the User-Agent.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>Lease asked of WebSub hubs; renewed a day before it ends.</summary>
    public TimeSpan WebSubLease { get; set; } = TimeSpan.FromDays(10);
    /// <summary>How often subscriptions due for a request or renewal are looked for.</summary>
    public TimeSpan WebSubCheckEvery { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Article pages fetched at the same time for full text (outlets that switch it on).</summary>
    public int FullTextConcurrency { get; set; } = 4;

    /// <summary>The User-Agent sent, naming the portal's address when it is configured so site owners can find us.</summary>
    public string EffectiveUserAgent => PublicBaseUrl is { Length: > 0 } url && !UserAgent.Contains("+http", StringComparison.Ordinal)
        ? UserAgent.Replace("(", $"(+{url.TrimEnd('/')}; ", StringComparison.Ordinal)
        : UserAgent;
}
