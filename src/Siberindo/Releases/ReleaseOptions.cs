namespace Siberindo.Releases;

/// <summary>Configuration section "Releases".</summary>
public sealed class ReleaseOptions
{
    public const string Section = "Releases";

    /// <summary>The portal's public address for links in mail and webhooks (falls back to Crawler:PublicBaseUrl, then http://localhost:5000).</summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>How long one webhook call may take, connect to last byte; a hanging endpoint loses only this much.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>First retry after this; each further retry waits twice as long, up to <see cref="WebhookMaxBackoff"/>.</summary>
    public TimeSpan WebhookFirstBackoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan WebhookMaxBackoff { get; set; } = TimeSpan.FromHours(2);
    /// <summary>Attempts before a send is given up (logged, and the release stays in the outlet's inbox and feed).</summary>
    public int WebhookMaxAttempts { get; set; } = 8;
    /// <summary>Webhook calls made at once, so one slow endpoint never holds the others up.</summary>
    public int WebhookConcurrency { get; set; } = 8;
    /// <summary>How often the delivery and pickup stages look for work when nothing woke them.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
