using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Siberindo.Audit;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditEntries");
        e.Property(a => a.UserId).HasMaxLength(450);
        e.Property(a => a.UserName).HasMaxLength(256);
        e.Property(a => a.Action).HasMaxLength(20);
        e.Property(a => a.EntityType).HasMaxLength(40);
        e.Property(a => a.EntityId).HasMaxLength(64);
        e.Property(a => a.EntityName).HasMaxLength(200);
        e.Property(a => a.ProvinceCode).HasMaxLength(2);
        e.Property(a => a.RegencyCode).HasMaxLength(5);
        e.Property(a => a.Summary).HasMaxLength(4000);
        e.HasIndex(a => a.At);
        e.HasIndex(a => new { a.ProvinceCode, a.At });
        e.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
