using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Siberindo.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> e)
    {
        e.Property(a => a.Guid).HasMaxLength(ArticleLengths.Guid);
        e.Property(a => a.Url).HasMaxLength(ArticleLengths.Url);
        e.Property(a => a.Title).HasMaxLength(ArticleLengths.Title);
        e.Property(a => a.ImageUrl).HasMaxLength(ArticleLengths.ImageUrl);
        e.Property(a => a.Excerpt).HasMaxLength(ArticleLengths.Excerpt);
        e.Property(a => a.ProvinceCode).HasMaxLength(2);
        e.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => new { a.OutletId, a.Guid }).IsUnique();
        e.HasIndex(a => new { a.OutletId, a.Url });
        e.HasIndex(a => a.Published);
        e.HasIndex(a => new { a.ProvinceCode, a.Published });
        e.HasIndex(a => new { a.OutletId, a.Published });
        // Stories: the assigner's queue (StoryId null, by publication) and the story page's members.
        e.HasIndex(a => new { a.StoryId, a.Published });
        e.HasIndex(a => a.CopyOfId);
    }
}
