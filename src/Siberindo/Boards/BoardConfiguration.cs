using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Outlets;
using Siberindo.Regions;

namespace Siberindo.Boards;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> e)
    {
        e.Property(b => b.ProvinceCode).HasMaxLength(2);
        e.Property(b => b.RegencyCode).HasMaxLength(5);
        e.Property(b => b.DecreeNumber).HasMaxLength(100);
        e.HasOne<Province>().WithMany().HasForeignKey(b => b.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Regency>().WithMany().HasForeignKey(b => b.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(b => b.Officers).WithOne().HasForeignKey(o => o.BoardId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(b => new { b.ProvinceCode, b.Level });
        e.HasIndex(b => b.RegencyCode);
    }
}

internal sealed class BoardOfficerConfiguration : IEntityTypeConfiguration<BoardOfficer>
{
    public void Configure(EntityTypeBuilder<BoardOfficer> e)
    {
        e.Property(o => o.Name).HasMaxLength(200);
        e.HasOne<Outlet>().WithMany().HasForeignKey(o => o.OutletId).OnDelete(DeleteBehavior.SetNull);
    }
}
