namespace Siberindo.Outlets;

/// <summary>One feed URL of an outlet, with the crawler's record of how polling it went.</summary>
public sealed class Feed
{
    public int Id { get; init; }
    public int OutletId { get; set; }
    public Outlet? Outlet { get; set; }
    public required string Url { get; set; }
    public DateTime NextPollAt { get; set; } = DateTime.UtcNow;
    public DateTime? LastFetchedAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public FeedHealth Health { get; set; }
    public int? LastStatusCode { get; set; }
    /// <summary>Why the last poll failed, in words an editor can act on.</summary>
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public int LastNewArticles { get; set; }
    /// <summary>Items of the last poll that could not be stored (a link too long, a value the database refused).</summary>
    public int LastSkippedItems { get; set; }
    /// <summary>Why the first of them was skipped, with its guid, so the editor can fix the feed.</summary>
    public string? LastSkipReason { get; set; }
    public string? Format { get; set; }
    public string? ETag { get; set; }
    /// <summary>The worker process polling this feed now; others leave it alone until the lease expires.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public string? LastModified { get; set; }
    /// <summary>The poll interval adapted to how often the outlet publishes; null until the first successful poll.</summary>
    public int? PollIntervalSeconds { get; set; }
    /// <summary>The WebSub hub the feed names, and the topic (its self link) to subscribe to there.</summary>
    public string? HubUrl { get; set; }
    public string? TopicUrl { get; set; }
}

public enum FeedHealth
{
    Unknown = 0,
    Healthy = 1,
    Unhealthy = 2,
}

/// <summary>Column lengths of <see cref="Feed"/>, shared by its EF configuration and the writers that clip to them.</summary>
public static class FeedLengths
{
    public const int Url = 2000;
    public const int Error = 1000;
}
