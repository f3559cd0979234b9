using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Articles;

namespace Siberindo.Stories;

/// <summary>
/// An article whose text changed after the story assigner fingerprinted it (its full text arrived later): written with
/// the new text in the same transaction, removed by the <see cref="StoryAssigner"/> when it has fingerprinted the
/// article again. A queue in the database, not in memory, because the full-text fetcher and the holder of the
/// "stories" lease may be different processes.
/// </summary>
public sealed class StoryRefresh
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
}

internal sealed class StoryRefreshConfiguration : IEntityTypeConfiguration<StoryRefresh>
{
    public void Configure(EntityTypeBuilder<StoryRefresh> e)
    {
        e.ToTable("StoryRefreshQueue");
        e.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
