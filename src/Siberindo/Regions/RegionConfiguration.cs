using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Siberindo.Regions;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> e)
    {
        e.HasKey(p => p.Code);
        e.Property(p => p.Code).HasMaxLength(2);
        e.Property(p => p.Name).HasMaxLength(100);
        e.Property(p => p.Slug).HasMaxLength(100);
        e.HasIndex(p => p.Slug).IsUnique();
        e.HasMany(p => p.Regencies).WithOne(r => r.Province).HasForeignKey(r => r.ProvinceCode);
    }
}

internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> e)
    {
        e.HasKey(r => r.Code);
        e.Property(r => r.Code).HasMaxLength(5);
        e.Property(r => r.ProvinceCode).HasMaxLength(2);
        e.Property(r => r.Name).HasMaxLength(100);
        e.Ignore(r => r.IsCity);
    }
}
