using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Articles;

namespace Siberindo.Search;

/// <summary>
/// An article whose text the search index does not have yet: written with the article (or its revision) in the same
/// transaction, removed by the <see cref="SearchIndexer"/> in the transaction that indexes it. A revision adds a new
/// entry, so a batch that read the old text never removes the request to index the new one.
/// </summary>
public sealed class SearchQueueEntry
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
}

internal sealed class SearchQueueEntryConfiguration : IEntityTypeConfiguration<SearchQueueEntry>
{
    public void Configure(EntityTypeBuilder<SearchQueueEntry> e)
    {
        e.ToTable("SearchQueue");
        e.HasOne(q => q.Article).WithMany().HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
