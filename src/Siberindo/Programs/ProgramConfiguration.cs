using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Boards;
using Siberindo.Regions;

namespace Siberindo.Programs;

internal sealed class AssociationEventConfiguration : IEntityTypeConfiguration<AssociationEvent>
{
    public void Configure(EntityTypeBuilder<AssociationEvent> e)
    {
        e.ToTable("Events");
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Place).HasMaxLength(300);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.Property(x => x.RegencyCode).HasMaxLength(5);
        e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Regency>().WithMany().HasForeignKey(x => x.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Attendance).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.ProvinceCode, x.StartsOn });
    }
}

internal sealed class EventAttendanceConfiguration : IEntityTypeConfiguration<EventAttendance>
{
    public void Configure(EntityTypeBuilder<EventAttendance> e)
    {
        e.HasKey(a => new { a.EventId, a.OutletId });
        e.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkProgramConfiguration : IEntityTypeConfiguration<WorkProgram>
{
    public void Configure(EntityTypeBuilder<WorkProgram> e)
    {
        e.HasOne<Board>().WithMany().HasForeignKey(w => w.BoardId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(w => new { w.BoardId, w.Year }).IsUnique();
        e.HasMany(w => w.Items).WithOne().HasForeignKey(i => i.WorkProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkProgramItemConfiguration : IEntityTypeConfiguration<WorkProgramItem>
{
    public void Configure(EntityTypeBuilder<WorkProgramItem> e)
    {
        e.Property(i => i.Title).HasMaxLength(300);
        e.Property(i => i.Note).HasMaxLength(1000);
    }
}
