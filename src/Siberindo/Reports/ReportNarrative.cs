using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Regions;

namespace Siberindo.Reports;

/// <summary>
/// A section a provincial board writes itself into its year-end report (a foreword, the year's highlights, plans for
/// next year), as the provinces' published reports have: plain text, placed in the PDF after the opening paragraph,
/// in the order of <see cref="Position"/>.
/// </summary>
public sealed class ReportNarrative
{
    public const int TitleLength = 200, BodyLength = 8000;

    public int Id { get; init; }
    public required string ProvinceCode { get; init; }
    public int Year { get; init; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

internal sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> e)
    {
        e.ToTable("ReportNarratives");
        e.Property(n => n.ProvinceCode).HasMaxLength(2);
        e.Property(n => n.Title).HasMaxLength(ReportNarrative.TitleLength);
        e.Property(n => n.Body).HasMaxLength(ReportNarrative.BodyLength);
        e.Property(n => n.UpdatedBy).HasMaxLength(256);
        e.HasOne<Province>().WithMany().HasForeignKey(n => n.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(n => new { n.ProvinceCode, n.Year, n.Position });
    }
}
