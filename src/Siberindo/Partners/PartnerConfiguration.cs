using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Boards;
using Siberindo.Regions;

namespace Siberindo.Partners;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> e)
    {
        e.ToTable("Partners");
        e.Property(p => p.Name).HasMaxLength(200);
        e.Property(p => p.Slug).HasMaxLength(100);
        e.HasIndex(p => p.Slug).IsUnique();
        e.Property(p => p.ProvinceCode).HasMaxLength(2);
        e.Property(p => p.RegencyCode).HasMaxLength(5);
        e.Property(p => p.Website).HasMaxLength(500);
        e.Property(p => p.Email).HasMaxLength(256);
        e.Property(p => p.Phone).HasMaxLength(50);
        e.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Regency>().WithMany().HasForeignKey(p => p.RegencyCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> e)
    {
        e.ToTable("PartnerAgreements");
        e.Property(a => a.Title).HasMaxLength(300);
        e.Property(a => a.Number).HasMaxLength(100);
        e.Property(a => a.Scope).HasMaxLength(4000);
        e.Property(a => a.ProvinceCode).HasMaxLength(2);
        e.Property(a => a.RegencyCode).HasMaxLength(5);
        e.Property(a => a.DocumentName).HasMaxLength(200);
        e.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Board>().WithMany().HasForeignKey(a => a.BoardId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => new { a.ProvinceCode, a.EndsOn });
        e.HasIndex(a => a.BoardId);
        e.HasIndex(a => a.PartnerId);
    }
}

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> e)
    {
        e.ToTable("PartnerAgreementDocuments");
        e.HasKey(d => d.AgreementId);
        e.HasOne<Agreement>().WithOne().HasForeignKey<AgreementDocument>(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
