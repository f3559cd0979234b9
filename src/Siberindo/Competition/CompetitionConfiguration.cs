using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Regions;

namespace Siberindo.Competition;

internal sealed class CompetitionRoundConfiguration : IEntityTypeConfiguration<CompetitionRound>
{
    public void Configure(EntityTypeBuilder<CompetitionRound> e)
    {
        e.ToTable("CompetitionRounds");
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Theme).HasMaxLength(500);
        e.Property(x => x.Rules).HasMaxLength(8000);
        e.Property(x => x.Licence).HasMaxLength(40);
        e.Property(x => x.JuryNotes).HasMaxLength(8000);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.Property(x => x.RegencyCode).HasMaxLength(5);
        e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Criteria).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.SubmissionClosesAt);
    }
}

internal sealed class RubricCriterionConfiguration : IEntityTypeConfiguration<RubricCriterion>
{
    public void Configure(EntityTypeBuilder<RubricCriterion> e)
    {
        e.ToTable("CompetitionCriteria");
        e.Property(x => x.Name).HasMaxLength(120);
        e.Property(x => x.Description).HasMaxLength(1000);
        e.Property(x => x.Weight).HasPrecision(6, 2);
    }
}

internal sealed class CompetitionEntryConfiguration : IEntityTypeConfiguration<CompetitionEntry>
{
    public void Configure(EntityTypeBuilder<CompetitionEntry> e)
    {
        e.ToTable("CompetitionEntries");
        e.Property(x => x.AuthorUserId).HasMaxLength(450);
        e.Property(x => x.AuthorName).HasMaxLength(200);
        e.Property(x => x.OutletName).HasMaxLength(200);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.Property(x => x.RegencyCode).HasMaxLength(5);
        e.Property(x => x.Title).HasMaxLength(EntryLimits.TitleLength);
        e.Property(x => x.Body).HasMaxLength(EntryLimits.BodyLength);
        e.Property(x => x.Licence).HasMaxLength(40);
        e.HasOne<CompetitionRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Outlet>().WithMany().HasForeignKey(x => x.OutletId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Images).WithOne().HasForeignKey(i => i.EntryId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.RoundId, x.PersonId });
        e.HasIndex(x => x.AuthorUserId);
    }
}

internal sealed class EntryImageConfiguration : IEntityTypeConfiguration<EntryImage>
{
    public void Configure(EntityTypeBuilder<EntryImage> e)
    {
        e.ToTable("CompetitionEntryImages");
        e.Property(x => x.ContentType).HasMaxLength(20);
        e.Property(x => x.Caption).HasMaxLength(300);
        e.Property(x => x.Credit).HasMaxLength(200);
        e.Property(x => x.Alt).HasMaxLength(300);
    }
}

internal sealed class EntrantAccountConfiguration : IEntityTypeConfiguration<EntrantAccount>
{
    public void Configure(EntityTypeBuilder<EntrantAccount> e)
    {
        e.ToTable("CompetitionEntrants");
        e.HasKey(x => x.UserId);
        e.HasOne<SiberindoUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JudgeConfiguration : IEntityTypeConfiguration<Judge>
{
    public void Configure(EntityTypeBuilder<Judge> e)
    {
        e.ToTable("CompetitionJudges");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.BoardProvinceCode).HasMaxLength(2);
        e.Property(x => x.FamilyNames).HasMaxLength(500);
        e.HasOne<CompetitionRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SiberindoUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(x => x.Conflicts).WithOne().HasForeignKey(c => c.JudgeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.RoundId, x.UserId }).IsUnique();
    }
}

internal sealed class JudgeConflictConfiguration : IEntityTypeConfiguration<JudgeConflict>
{
    public void Configure(EntityTypeBuilder<JudgeConflict> e)
    {
        e.ToTable("CompetitionJudgeConflicts");
        e.Property(x => x.Note).HasMaxLength(300);
    }
}

internal sealed class JudgeAssignmentConfiguration : IEntityTypeConfiguration<JudgeAssignment>
{
    public void Configure(EntityTypeBuilder<JudgeAssignment> e)
    {
        e.ToTable("CompetitionAssignments");
        e.Property(x => x.Comment).HasMaxLength(4000);
        e.HasOne<Judge>().WithMany().HasForeignKey(x => x.JudgeId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CompetitionEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EntryId, x.JudgeId }).IsUnique();
        e.HasIndex(x => x.JudgeId);
        e.HasMany(x => x.Scores).WithOne().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> e)
    {
        e.ToTable("CompetitionScores");
        e.HasKey(x => new { x.AssignmentId, x.CriterionId });
        e.Property(x => x.Value).HasPrecision(5, 2);
        e.Property(x => x.Comment).HasMaxLength(2000);
        e.HasOne<RubricCriterion>().WithMany().HasForeignKey(x => x.CriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Column lengths and limits of an entry, shared by the configuration and the form's checks.</summary>
public static class EntryLimits
{
    public const int TitleLength = 200, BodyLength = 60_000, MinBodyChars = 200, MaxImages = 4;
    public const long MaxImageBytes = 5 * 1024 * 1024;
}
