using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Outlets;

namespace Siberindo.Verification;

internal sealed class AssistanceCaseConfiguration : IEntityTypeConfiguration<AssistanceCase>
{
    public void Configure(EntityTypeBuilder<AssistanceCase> e)
    {
        e.Property(c => c.Mentor).HasMaxLength(200);
        e.Property(c => c.NextAction).HasMaxLength(500);
        e.HasOne(c => c.Outlet).WithMany().HasForeignKey(c => c.OutletId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.OutletId, c.ClosedOn });
    }
}

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> e)
    {
        e.Property(s => s.Note).HasMaxLength(2000);
        e.Property(s => s.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class ChecklistEvidenceConfiguration : IEntityTypeConfiguration<ChecklistEvidence>
{
    public void Configure(EntityTypeBuilder<ChecklistEvidence> e)
    {
        e.ToTable("ChecklistEvidence");
        e.Property(c => c.Item).HasMaxLength(40);
        e.Property(c => c.Note).HasMaxLength(1000);
        e.Property(c => c.CheckedBy).HasMaxLength(256);
        e.HasOne<Outlet>().WithMany().HasForeignKey(c => c.OutletId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.OutletId, c.Item }).IsUnique();
    }
}
