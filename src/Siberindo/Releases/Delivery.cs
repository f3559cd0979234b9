namespace Siberindo.Releases;

/// <summary>
/// A release handed to one member outlet in its target regions, once its embargo lifted. <see cref="Key"/> is a
/// random secret in the outlet's links (mail, private feed, webhook), so each open and download is counted for it.
/// </summary>
public sealed class ReleaseDelivery
{
    public long Id { get; init; }
    public long ReleaseId { get; init; }
    public int OutletId { get; init; }
    public required string Key { get; init; }
    public DateTime DeliveredAt { get; init; }
    public DateTime? MailedAt { get; set; }
    public string? MailError { get; set; }
    public DateTime? FirstOpenedAt { get; set; }
    public int Opens { get; set; }
    public int Downloads { get; set; }
}

public enum ActivityKind { Delivered = 0, Mailed = 1, MailFailed = 2, WebhookSent = 3, WebhookFailed = 4, WebhookGaveUp = 5, Opened = 6, Downloaded = 7 }

/// <summary>The delivery log (as Superdesk's Newsroom reports per-company activity): every delivery, send, open and download.</summary>
public sealed class ReleaseActivity
{
    public long Id { get; init; }
    public long ReleaseId { get; init; }
    public int? OutletId { get; init; }
    public ActivityKind Kind { get; init; }
    public DateTime At { get; init; }
    public string? Detail { get; init; }
}

/// <summary>An outlet's private feed of the releases delivered to it; only the token's SHA-256 is stored, and revoking ends it.</summary>
public sealed class ReleaseChannel
{
    public long Id { get; init; }
    public int OutletId { get; init; }
    public required string TokenHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>An outlet's endpoint for releases: each delivery is POSTed as ninjs JSON, signed with HMAC-SHA256 of its secret.</summary>
public sealed class ReleaseWebhook
{
    public long Id { get; init; }
    public int OutletId { get; init; }
    public required string Url { get; set; }
    public required string Secret { get; init; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; init; }
}

/// <summary>One event for one webhook, retried with exponential backoff until it is answered 2xx or given up.</summary>
public sealed class WebhookSend
{
    public long Id { get; init; }
    public long WebhookId { get; init; }
    public long ReleaseId { get; init; }
    public int OutletId { get; init; }
    /// <summary>"release.published", "release.corrected" or "release.withdrawn".</summary>
    public required string Event { get; init; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? GaveUpAt { get; set; }
    public DateTime CreatedAt { get; init; }
}

/// <summary>An article of a member outlet found to carry a release (<see cref="Core.Stories.PickupKind"/>).</summary>
public sealed class ReleasePickup
{
    public long Id { get; init; }
    public long ReleaseId { get; init; }
    public long ArticleId { get; init; }
    public int OutletId { get; init; }
    public Core.Stories.PickupKind Kind { get; init; }
    public double Score { get; init; }
    public DateTime ArticlePublished { get; init; }
    public DateTime MatchedAt { get; init; }
}

/// <summary>How far the pickup stage has read the article stream (one row, name "pickup").</summary>
public sealed class ReleaseCursor
{
    public required string Name { get; init; }
    public long Position { get; set; }
}
