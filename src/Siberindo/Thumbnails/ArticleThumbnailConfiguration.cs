using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Siberindo.Thumbnails;

internal sealed class ArticleThumbnailConfiguration : IEntityTypeConfiguration<ArticleThumbnail>
{
    public void Configure(EntityTypeBuilder<ArticleThumbnail> e)
    {
        e.ToTable("ArticleThumbnails");
        e.HasKey(t => t.ArticleId);
        e.HasOne(t => t.Article).WithOne(a => a.Thumbnail).HasForeignKey<ArticleThumbnail>(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.Property(t => t.SourceUrl).HasMaxLength(2000);
        e.Property(t => t.Error).HasMaxLength(ArticleThumbnail.ErrorLength);
        e.Property(t => t.Version).HasMaxLength(16);
        // The stage's queue: only pending rows have a due time.
        e.HasIndex(t => t.NextAttemptAt);
    }
}
