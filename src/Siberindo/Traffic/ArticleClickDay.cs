using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Articles;
using Siberindo.Core.Regions;

namespace Siberindo.Traffic;

/// <summary>
/// Readers one article sent to its outlet's site through /baca/{id} on one day (WIB), beside the article's running
/// total (<see cref="Article.Clicks"/>): the traffic dashboard's per-day and per-article figures. The outlet is copied
/// in so an outlet's days are read from one index, without touching the articles.
/// </summary>
public sealed class ArticleClickDay
{
    public long ArticleId { get; init; }
    public Article? Article { get; init; }
    public int OutletId { get; init; }
    /// <summary>The reader's day in Western Indonesian Time, the zone the portal shows.</summary>
    public DateOnly Day { get; init; }
    public int Clicks { get; set; }

    /// <summary>The WIB calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(IndonesianTime.Wib).DateTime);
}

internal sealed class ArticleClickDayConfiguration : IEntityTypeConfiguration<ArticleClickDay>
{
    public void Configure(EntityTypeBuilder<ArticleClickDay> e)
    {
        e.ToTable("ArticleClickDays");
        e.HasKey(c => new { c.ArticleId, c.Day });
        e.HasOne(c => c.Article).WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.OutletId, c.Day });
    }
}
