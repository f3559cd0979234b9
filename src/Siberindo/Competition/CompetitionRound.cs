using Siberindo.Accounts;

namespace Siberindo.Competition;

/// <summary>Where a round stands, from its dates: the call is out, entries come in, judges score, results are out.</summary>
public enum RoundPhase { Call = 0, Submission = 1, Judging = 2, Results = 3 }

/// <summary>
/// One round of the members' writing competition (lomba menulis): a theme, rules and eligibility, a submission
/// window, how judging runs (judges per entry, load cap, normalisation) and, once published, the jury's notes.
/// National when it has no province; otherwise a province board runs it for its own members.
/// </summary>
public sealed class CompetitionRound : IRegional
{
    public int Id { get; init; }
    public required string Title { get; set; }
    public required string Theme { get; set; }
    public required string Rules { get; set; }
    /// <summary>How many entries one person may send (the rules' "one entry per person" or a set number).</summary>
    public int EntriesPerPerson { get; set; } = 1;
    public DateTime AnnouncedAt { get; set; }
    public DateTime SubmissionOpensAt { get; set; }
    public DateTime SubmissionClosesAt { get; set; }
    public int JudgesPerEntry { get; set; } = 3;
    public int JudgeLoadCap { get; set; } = 10;
    /// <summary>Rescale each judge's totals to the spread of all totals before averaging (a strict and a generous judge weigh alike).</summary>
    public bool NormaliseJudges { get; set; }
    /// <summary>How many ranked entries are named winners on the results page.</summary>
    public int Winners { get; set; } = 3;
    public string Licence { get; set; } = EntryLicences.Default;
    public string? JuryNotes { get; set; }
    public DateTime? ResultsPublishedAt { get; set; }
    public string? ProvinceCode { get; set; }
    public string? RegencyCode { get; set; }
    public DateTime CreatedAt { get; init; }
    public List<RubricCriterion> Criteria { get; init; } = [];

    /// <summary>A time of this round as its people read it (<see cref="RoundTime"/>).</summary>
    public string Show(DateTime utc) => RoundTime.Show(utc, ProvinceCode);

    public RoundPhase PhaseAt(DateTime now) =>
        ResultsPublishedAt is { } published && published <= now ? RoundPhase.Results
        : now < SubmissionOpensAt ? RoundPhase.Call
        : now < SubmissionClosesAt ? RoundPhase.Submission
        : RoundPhase.Judging;
}

/// <summary>One criterion of the rubric: a weight in the total, or shown and scored but not counted.</summary>
public sealed class RubricCriterion
{
    public int Id { get; init; }
    public int RoundId { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public decimal Weight { get; set; } = 1;
    public bool Counted { get; set; } = true;
    public int MaxScore { get; set; } = 10;
    public int Order { get; set; }
}

/// <summary>The licences an entrant may publish under; the book is given away free, so every choice allows that.</summary>
public static class EntryLicences
{
    public const string Default = "CC BY-NC-ND 4.0";
    public static readonly string[] All = ["CC BY-NC-ND 4.0", "CC BY-NC 4.0", "CC BY-SA 4.0", "CC BY 4.0"];
}
