namespace Siberindo.FactChecks;

/// <summary>Where a report is in the desk's queue. <see cref="Answered"/>, <see cref="Rejected"/> and
/// <see cref="Duplicate"/> close it and stop its 2 x 24 hour clock.</summary>
public enum ReportState { New = 0, InProgress = 1, Answered = 2, Rejected = 3, Duplicate = 4 }

/// <summary>
/// Content a reader suspects, sent on the public form without an account: what they saw (text, a link, a screenshot),
/// where, and optionally how to reach them. The desk answers it with a fact-check, rejects it with a reason, or marks
/// it a duplicate of another report, within 2 x 24 hours (the promise the form makes).
/// </summary>
public sealed class HoaxReport
{
    public static readonly TimeSpan Promise = TimeSpan.FromHours(48);

    public long Id { get; init; }
    public required string Text { get; init; }
    public string? Link { get; init; }
    public FactCheckCategory Category { get; init; }
    public string? ProvinceCode { get; init; }
    public string? Contact { get; init; }
    /// <summary>A hash of the sender's address (never the address): counts a flood from one place.</summary>
    public required string SourceHash { get; init; }
    public DateTime ReceivedAt { get; init; }
    public ReportState State { get; set; }
    public string? TakenBy { get; set; }
    public DateTime? ClosedAt { get; set; }
    public long? FactCheckId { get; set; }
    public long? DuplicateOfId { get; set; }
    public string? RejectReason { get; set; }
    public bool HasScreenshot { get; init; }

    public DateTime Deadline => ReceivedAt + Promise;
    public bool IsOpen => State is ReportState.New or ReportState.InProgress;
}

/// <summary>A report's screenshot, checked by content (JPEG, PNG or WebP) and size; stored apart from the report.</summary>
public sealed class HoaxReportImage
{
    public long ReportId { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
}
