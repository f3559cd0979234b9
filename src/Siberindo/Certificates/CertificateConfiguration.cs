using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Programs;

namespace Siberindo.Certificates;

internal sealed class TrainingRegistrationConfiguration : IEntityTypeConfiguration<TrainingRegistration>
{
    public void Configure(EntityTypeBuilder<TrainingRegistration> e)
    {
        e.ToTable("TrainingRegistrations");
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.OutletName).HasMaxLength(200);
        e.Property(r => r.ProvinceCode).HasMaxLength(2);
        e.Property(r => r.RegencyCode).HasMaxLength(5);
        e.Property(r => r.RegisteredBy).HasMaxLength(256);
        e.HasOne<AssociationEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Outlet>().WithMany().HasForeignKey(r => r.OutletId).OnDelete(DeleteBehavior.Restrict);
        // A person is registered once per event.
        e.HasIndex(r => new { r.EventId, r.PersonId }).IsUnique();
        e.HasOne(r => r.Certificate).WithOne().HasForeignKey<Certificate>(c => c.RegistrationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> e)
    {
        e.ToTable("Certificates");
        e.Property(c => c.Code).HasMaxLength(CertificateCode.Length);
        e.HasIndex(c => c.Code).IsUnique();
        e.HasIndex(c => c.RegistrationId).IsUnique();
        e.HasIndex(c => new { c.ProvinceCode, c.IssuedOn });
        e.Property(c => c.HolderName).HasMaxLength(200);
        e.Property(c => c.OutletName).HasMaxLength(200);
        e.Property(c => c.EventTitle).HasMaxLength(300);
        e.Property(c => c.EventKind).HasMaxLength(80);
        e.Property(c => c.Issuer).HasMaxLength(200);
        e.Property(c => c.ProvinceCode).HasMaxLength(2);
        e.Property(c => c.RegencyCode).HasMaxLength(5);
        e.Property(c => c.RevokedReason).HasMaxLength(500);
        e.Ignore(c => c.IsRevoked);
        e.HasOne<AssociationEvent>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}
