using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Siberindo.Outlets;

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> e)
    {
        e.Property(o => o.Slug).HasMaxLength(120);
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.CompanyName).HasMaxLength(200);
        e.Property(o => o.Website).HasMaxLength(500);
        e.Property(o => o.Domain).HasMaxLength(253);
        e.Property(o => o.Email).HasMaxLength(320);
        e.Property(o => o.RegencyCode).HasMaxLength(5);
        e.Property(o => o.ProvinceCode).HasMaxLength(2);
        e.HasIndex(o => o.Slug).IsUnique();
        e.HasIndex(o => o.Domain).IsUnique();
        e.HasIndex(o => o.ProvinceCode);
        e.HasOne(o => o.Regency).WithMany().HasForeignKey(o => o.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(o => o.Feeds).WithOne(f => f.Outlet).HasForeignKey(f => f.OutletId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> e)
    {
        e.Property(f => f.Url).HasMaxLength(FeedLengths.Url);
        e.Property(f => f.LastError).HasMaxLength(FeedLengths.Error);
        e.Property(f => f.LastSkipReason).HasMaxLength(FeedLengths.Error);
        e.Property(f => f.Format).HasMaxLength(20);
        e.Property(f => f.ETag).HasMaxLength(300);
        e.Property(f => f.LastModified).HasMaxLength(100);
        e.Property(f => f.LeaseOwner).HasMaxLength(200);
        e.Property(f => f.HubUrl).HasMaxLength(FeedLengths.Url);
        e.Property(f => f.TopicUrl).HasMaxLength(FeedLengths.Url);
        e.HasIndex(f => f.NextPollAt);
        e.HasIndex(f => new { f.OutletId, f.Url }).IsUnique();
    }
}
