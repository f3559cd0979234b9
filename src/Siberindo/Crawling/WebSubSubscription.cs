using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Outlets;

namespace Siberindo.Crawling;

/// <summary>Our WebSub subscription to a feed's hub: pushed entries arrive at /websub/{Id}, signed with Secret.</summary>
public sealed class WebSubSubscription
{
    public int Id { get; init; }
    public int FeedId { get; init; }
    public Feed? Feed { get; init; }
    public required string HubUrl { get; set; }
    public required string TopicUrl { get; set; }
    /// <summary>The HMAC key the hub signs pushes with, hex; new for every subscription request.</summary>
    public required string Secret { get; set; }
    public WebSubState State { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime? LastPushAt { get; set; }
    public int Pushes { get; set; }
    public string? LastError { get; set; }
}

public enum WebSubState
{
    /// <summary>Asked the hub; waiting for its intent verification.</summary>
    Requested = 0,
    /// <summary>Verified; the hub pushes until the lease expires.</summary>
    Active = 1,
    /// <summary>The hub refused (hub.mode=denied) or the request failed; retried later.</summary>
    Failed = 2,
}

internal sealed class WebSubSubscriptionConfiguration : IEntityTypeConfiguration<WebSubSubscription>
{
    public void Configure(EntityTypeBuilder<WebSubSubscription> e)
    {
        e.ToTable("WebSubSubscriptions");
        e.Property(s => s.HubUrl).HasMaxLength(2000);
        e.Property(s => s.TopicUrl).HasMaxLength(2000);
        e.Property(s => s.Secret).HasMaxLength(128);
        e.Property(s => s.LastError).HasMaxLength(Outlets.FeedLengths.Error);
        e.HasIndex(s => s.FeedId).IsUnique();
        e.HasOne(s => s.Feed).WithMany().HasForeignKey(s => s.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
