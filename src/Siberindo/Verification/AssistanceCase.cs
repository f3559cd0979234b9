using Siberindo.Outlets;

namespace Siberindo.Verification;

/// <summary>The association helping one outlet towards a Dewan Pers verification level.</summary>
public sealed class AssistanceCase
{
    public int Id { get; init; }
    public int OutletId { get; init; }
    public Outlet? Outlet { get; init; }
    /// <summary>The level the outlet is working towards.</summary>
    public VerificationStatus Target { get; set; }
    public required string Mentor { get; set; }
    public DateOnly OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; set; }
    public string? NextAction { get; set; }
    public DateOnly? NextActionOn { get; set; }
    public List<CaseStep> Steps { get; init; } = [];
}

/// <summary>One thing done in a case (a document checked, a visit, a call), with its date.</summary>
public sealed class CaseStep
{
    public int Id { get; init; }
    public int CaseId { get; init; }
    public DateOnly On { get; init; }
    public required string Note { get; init; }
    public required string RecordedBy { get; init; }
}

/// <summary>An admin's finding on one checklist item the data cannot settle (wages, BPJS, output), with its evidence.</summary>
public sealed class ChecklistEvidence
{
    public int Id { get; init; }
    public int OutletId { get; init; }
    public required string Item { get; init; }
    public bool Met { get; set; }
    public required string Note { get; set; }
    public DateOnly CheckedOn { get; set; }
    public required string CheckedBy { get; set; }
}
