using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Articles;

namespace Siberindo.Stories;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> e)
    {
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.Title).HasMaxLength(ArticleLengths.Title); // an article's title
        e.HasIndex(s => s.LastPublished);
    }
}

internal sealed class StoryRedirectConfiguration : IEntityTypeConfiguration<StoryRedirect>
{
    public void Configure(EntityTypeBuilder<StoryRedirect> e)
    {
        e.HasKey(r => r.FromStoryId);
        e.Property(r => r.FromStoryId).ValueGeneratedNever();
        e.HasIndex(r => r.ToStoryId);
    }
}

internal sealed class StoryFingerprintConfiguration : IEntityTypeConfiguration<StoryFingerprint>
{
    public void Configure(EntityTypeBuilder<StoryFingerprint> e)
    {
        e.HasKey(f => f.ArticleId);
        e.Property(f => f.ArticleId).ValueGeneratedNever();
        e.HasIndex(f => f.Sequence).IsUnique();
        e.Property(f => f.Outlet).HasMaxLength(300);
        e.Property(f => f.Title).HasMaxLength(ArticleLengths.Title);
        e.HasOne<Article>().WithOne().HasForeignKey<StoryFingerprint>(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoryDecisionConfiguration : IEntityTypeConfiguration<StoryDecision>
{
    public void Configure(EntityTypeBuilder<StoryDecision> e)
    {
        e.Property(d => d.DecidedBy).HasMaxLength(200);
        e.Property(d => d.Refusal).HasMaxLength(500);
        e.HasIndex(d => d.AppliedAt);
        e.HasIndex(d => d.StoryId);
    }
}
