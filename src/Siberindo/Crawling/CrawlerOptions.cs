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
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>
    /// Lets the fetcher connect to loopback addresses. Only the demo network and tests set it: a member's feed URL
    /// is untrusted input and must never reach the machine's own services.
    /// </summary>
    public bool AllowLoopback { get; set; }
    public string UserAgent { get; set; } = "SiberindoBot/1.0 (news portal of member outlets; polls feeds politely)";
}
