using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Articles;
using Siberindo.Outlets;

namespace Siberindo.Stories.Corrections;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> e)
    {
        e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Reason).HasConversion<string>().HasMaxLength(30);
        e.Property(c => c.Origin).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Note).HasMaxLength(2000);
        e.Property(c => c.PreviousTitle).HasMaxLength(ArticleLengths.Title);
        e.Property(c => c.DeclaredBy).HasMaxLength(256);
        e.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.ArticleId, c.DeclaredAt });
    }
}

internal sealed class CorrectionFollowUpConfiguration : IEntityTypeConfiguration<CorrectionFollowUp>
{
    public void Configure(EntityTypeBuilder<CorrectionFollowUp> e)
    {
        e.Property(f => f.FollowedBy).HasMaxLength(256);
        e.HasOne(f => f.Correction).WithMany().HasForeignKey(f => f.CorrectionId).OnDelete(DeleteBehavior.Cascade);
        // The copy's outlet is the copy article's outlet, so rows go with the article; no second cascade path.
        e.HasOne<Article>().WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Outlet>().WithMany().HasForeignKey(f => f.OutletId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(f => new { f.CorrectionId, f.ArticleId }).IsUnique();
        e.HasIndex(f => new { f.OutletId, f.FollowedAt });
    }
}
