using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Accounts;
using Siberindo.Outlets;

namespace Siberindo.Legal;

internal sealed class LegalCaseConfiguration : IEntityTypeConfiguration<LegalCase>
{
    public void Configure(EntityTypeBuilder<LegalCase> e)
    {
        e.ToTable("LegalCases");
        e.Property(c => c.Title).HasMaxLength(LegalLimits.Title);
        e.Property(c => c.Summary).HasMaxLength(LegalLimits.Text);
        e.Property(c => c.OpenedBy).HasMaxLength(256);
        e.Property(c => c.ProvinceCode).HasMaxLength(2);
        e.Property(c => c.RegencyCode).HasMaxLength(5);
        e.HasOne<Outlet>().WithMany().HasForeignKey(c => c.OutletId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => new { c.ProvinceCode, c.OpenedOn });
        e.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Chronology).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Documents).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Helpers).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LegalPartyConfiguration : IEntityTypeConfiguration<LegalParty>
{
    public void Configure(EntityTypeBuilder<LegalParty> e)
    {
        e.ToTable("LegalParties");
        e.Property(p => p.Name).HasMaxLength(200);
        e.Property(p => p.Note).HasMaxLength(500);
    }
}

internal sealed class LegalEntryConfiguration : IEntityTypeConfiguration<LegalEntry>
{
    public void Configure(EntityTypeBuilder<LegalEntry> e)
    {
        e.ToTable("LegalEntries");
        e.Property(p => p.Text).HasMaxLength(LegalLimits.Text);
        e.Property(p => p.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> e)
    {
        e.ToTable("LegalDocuments");
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.FileName).HasMaxLength(100);
        e.Property(p => p.ContentType).HasMaxLength(40);
        e.Property(p => p.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class LegalHelperConfiguration : IEntityTypeConfiguration<LegalHelper>
{
    public void Configure(EntityTypeBuilder<LegalHelper> e)
    {
        e.ToTable("LegalHelpers");
        e.HasKey(h => new { h.CaseId, h.UserId });
        e.Property(h => h.UserName).HasMaxLength(256);
        e.HasOne<SiberindoUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(h => h.UserId);
    }
}

public static class LegalLimits
{
    public const int Title = 200, Text = 4000;
}
