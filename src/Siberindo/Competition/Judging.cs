namespace Siberindo.Competition;

/// <summary>A judge of one round: the account, and what conflicts are detected from (outlets, boards, family names).</summary>
public sealed class Judge
{
    public int Id { get; init; }
    public int RoundId { get; init; }
    public required string UserId { get; init; }
    public required string Name { get; set; }
    /// <summary>The registry's person, when the judge is one: their outlets count as conflicts.</summary>
    public int? PersonId { get; set; }
    /// <summary>A province whose board (or a regency board in it) the judge sits on, as declared.</summary>
    public string? BoardProvinceCode { get; set; }
    /// <summary>Declared family names, comma-separated: the judge's own and relatives'.</summary>
    public string FamilyNames { get; set; } = "";
    public List<JudgeConflict> Conflicts { get; init; } = [];
}

/// <summary>HotCRP's conflict types.</summary>
public enum ConflictType { Institutional = 0, Collaborator = 1, Personal = 2 }

/// <summary>A conflict a judge declared by hand, with a person or an outlet.</summary>
public sealed class JudgeConflict
{
    public int Id { get; init; }
    public int JudgeId { get; init; }
    public ConflictType Type { get; init; }
    public int? PersonId { get; init; }
    public int? OutletId { get; init; }
    public string? Note { get; init; }
}

/// <summary>An entry given to a judge; their score sheet (one score per criterion) and overall comment.</summary>
public sealed class JudgeAssignment
{
    public int Id { get; init; }
    public int JudgeId { get; init; }
    public int EntryId { get; init; }
    public string? Comment { get; set; }
    public DateTime? ScoredAt { get; set; }
    public List<CriterionScore> Scores { get; init; } = [];
}

public sealed class CriterionScore
{
    public int AssignmentId { get; init; }
    public int CriterionId { get; init; }
    public decimal Value { get; set; }
    public string? Comment { get; set; }
}
