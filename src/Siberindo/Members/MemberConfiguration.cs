using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Outlets;

namespace Siberindo.Members;

internal sealed class MemberRecordConfiguration : IEntityTypeConfiguration<MemberRecord>
{
    public void Configure(EntityTypeBuilder<MemberRecord> e)
    {
        e.HasKey(m => m.OutletId);
        e.HasOne(m => m.Outlet).WithOne().HasForeignKey<MemberRecord>(m => m.OutletId).OnDelete(DeleteBehavior.Cascade);
        e.Property(m => m.DeedNumber).HasMaxLength(100);
        e.Property(m => m.KemenkumhamSk).HasMaxLength(100);
        e.Property(m => m.Address).HasMaxLength(500);
        e.Property(m => m.CertificateNumber).HasMaxLength(100);
        e.Ignore(m => m.CertificateExpiresOn);
        e.HasIndex(m => m.Status);
    }
}

internal sealed class MembershipEventConfiguration : IEntityTypeConfiguration<MembershipEvent>
{
    public void Configure(EntityTypeBuilder<MembershipEvent> e)
    {
        e.Property(m => m.Note).HasMaxLength(500);
        e.Property(m => m.RecordedBy).HasMaxLength(256);
        e.HasOne<Outlet>().WithMany().HasForeignKey(m => m.OutletId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(m => new { m.OutletId, m.On });
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("People");
        e.Property(p => p.Name).HasMaxLength(200);
        e.Property(p => p.UkwCertificate).HasMaxLength(100);
        e.HasIndex(p => p.UkwCertificate).IsUnique();
        e.HasMany(p => p.Positions).WithOne(p => p.Person).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutletPositionConfiguration : IEntityTypeConfiguration<OutletPosition>
{
    public void Configure(EntityTypeBuilder<OutletPosition> e)
    {
        e.HasOne<Outlet>().WithMany().HasForeignKey(p => p.OutletId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => new { p.OutletId, p.PersonId, p.Role }).IsUnique();
    }
}
