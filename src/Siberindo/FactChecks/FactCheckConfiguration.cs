using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Articles;

namespace Siberindo.FactChecks;

internal sealed class FactCheckConfiguration : IEntityTypeConfiguration<FactCheck>
{
    public void Configure(EntityTypeBuilder<FactCheck> e)
    {
        e.ToTable("FactChecks");
        e.Property(f => f.ExternalId).HasMaxLength(500);
        e.Property(f => f.Slug).HasMaxLength(100);
        e.Property(f => f.Title).HasMaxLength(300);
        e.Property(f => f.ClaimReviewed).HasMaxLength(2000);
        e.Property(f => f.Claimant).HasMaxLength(300);
        e.Property(f => f.Appearances).HasMaxLength(4000);
        e.Property(f => f.RatingOriginal).HasMaxLength(100);
        e.Property(f => f.Explanation).HasMaxLength(4000);
        e.Property(f => f.Body).HasMaxLength(100_000);
        e.Property(f => f.EvidenceLinks).HasMaxLength(8000);
        e.Property(f => f.Reviewer).HasMaxLength(200);
        e.Property(f => f.ProvinceCode).HasMaxLength(2);
        e.HasIndex(f => f.ExternalId).IsUnique();
        e.HasIndex(f => f.Published);
    }
}

internal sealed class FactCheckCorrectionConfiguration : IEntityTypeConfiguration<FactCheckCorrection>
{
    public void Configure(EntityTypeBuilder<FactCheckCorrection> e)
    {
        e.ToTable("FactCheckCorrections");
        e.Property(c => c.By).HasMaxLength(200);
        e.Property(c => c.Note).HasMaxLength(2000);
        e.Property(c => c.PreviousExplanation).HasMaxLength(4000);
        e.Property(c => c.PreviousClaim).HasMaxLength(2000);
        e.HasOne<FactCheck>().WithMany().HasForeignKey(c => c.FactCheckId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => c.FactCheckId);
    }
}

internal sealed class FactCheckMatchConfiguration : IEntityTypeConfiguration<FactCheckMatch>
{
    public void Configure(EntityTypeBuilder<FactCheckMatch> e)
    {
        e.ToTable("FactCheckMatches");
        e.Property(m => m.DecidedBy).HasMaxLength(200);
        e.HasOne<FactCheck>().WithMany().HasForeignKey(m => m.FactCheckId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Article>().WithMany().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // One row per pair: a rejected pair stays, so it is never suggested again.
        e.HasIndex(m => new { m.ArticleId, m.FactCheckId }).IsUnique();
        e.HasIndex(m => new { m.FactCheckId, m.State });
        e.HasIndex(m => new { m.OutletId, m.State });
    }
}

internal sealed class FactCheckCursorConfiguration : IEntityTypeConfiguration<FactCheckCursor>
{
    public void Configure(EntityTypeBuilder<FactCheckCursor> e)
    {
        e.ToTable("FactCheckCursors");
        e.HasKey(c => c.Name);
        e.Property(c => c.Name).HasMaxLength(50);
    }
}

internal sealed class HoaxReportConfiguration : IEntityTypeConfiguration<HoaxReport>
{
    public void Configure(EntityTypeBuilder<HoaxReport> e)
    {
        e.ToTable("HoaxReports");
        e.Property(r => r.Text).HasMaxLength(HoaxReports.MaxText);
        e.Property(r => r.Link).HasMaxLength(2000);
        e.Property(r => r.ProvinceCode).HasMaxLength(2);
        e.Property(r => r.Contact).HasMaxLength(200);
        e.Property(r => r.SourceHash).HasMaxLength(64);
        e.Property(r => r.TakenBy).HasMaxLength(200);
        e.Property(r => r.RejectReason).HasMaxLength(1000);
        e.HasIndex(r => new { r.State, r.ReceivedAt });
        e.HasIndex(r => new { r.SourceHash, r.ReceivedAt });
    }
}

internal sealed class HoaxReportImageConfiguration : IEntityTypeConfiguration<HoaxReportImage>
{
    public void Configure(EntityTypeBuilder<HoaxReportImage> e)
    {
        e.ToTable("HoaxReportImages");
        e.HasKey(i => i.ReportId);
        e.Property(i => i.ContentType).HasMaxLength(50);
        e.HasOne<HoaxReport>().WithOne().HasForeignKey<HoaxReportImage>(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
