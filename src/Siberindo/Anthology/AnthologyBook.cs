using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Competition;

namespace Siberindo.Anthology;

/// <summary>
/// A round's built book, both files and their download counts. Kept in the database like thumbnails, so any web node
/// serves what an admin built on another, and one backup holds it.
/// </summary>
public sealed class AnthologyBook
{
    public int RoundId { get; init; }
    public required string Title { get; set; }
    public required byte[] Epub { get; set; }
    public required byte[] Pdf { get; set; }
    public int Entries { get; set; }
    public int PdfPages { get; set; }
    public DateTime BuiltAt { get; set; }
    public long EpubDownloads { get; set; }
    public long PdfDownloads { get; set; }
}

internal sealed class AnthologyBookConfiguration : IEntityTypeConfiguration<AnthologyBook>
{
    public void Configure(EntityTypeBuilder<AnthologyBook> e)
    {
        e.ToTable("AnthologyBooks");
        e.HasKey(x => x.RoundId);
        e.Property(x => x.Title).HasMaxLength(300);
        e.HasOne<CompetitionRound>().WithOne().HasForeignKey<AnthologyBook>(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
