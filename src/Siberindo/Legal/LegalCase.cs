namespace Siberindo.Legal;

/// <summary>What the dispute is: the kinds of press disputes members bring to the association.</summary>
public enum LegalCaseKind
{
    /// <summary>A complaint to Dewan Pers against the member's reporting (pengaduan).</summary>
    PressCouncilComplaint = 0,
    /// <summary>A request for the right of reply or correction (hak jawab, hak koreksi).</summary>
    RightOfReply = 1,
    /// <summary>Threats, intimidation or violence against a journalist.</summary>
    Threat = 2,
    /// <summary>A criminal report or lawsuit against a journalist or outlet over its reporting.</summary>
    CriminalReport = 3,
    Other = 4,
}

public enum LegalCaseStatus { Received = 0, Handling = 1, Resolved = 2, Closed = 3 }

/// <summary>
/// A member's press dispute in which the association gives legal assistance (pendampingan hukum). Confidential:
/// only the case's people (its helpers and the member outlet's editors) and national admins see it
/// (<see cref="LegalVisibility"/>); everyone else sees counts only.
/// </summary>
public sealed class LegalCase
{
    public int Id { get; init; }
    public int OutletId { get; init; }
    /// <summary>The outlet's place when the case was opened, for the counts of a province's year-end report.</summary>
    public string? ProvinceCode { get; init; }
    public string? RegencyCode { get; init; }
    public LegalCaseKind Kind { get; set; }
    public LegalCaseStatus Status { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public DateOnly OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; set; }
    public required string OpenedBy { get; init; }
    public List<LegalParty> Parties { get; init; } = [];
    public List<LegalEntry> Chronology { get; init; } = [];
    public List<LegalDocument> Documents { get; init; } = [];
    public List<LegalHelper> Helpers { get; init; } = [];
}

public enum LegalPartyRole { Member = 0, Complainant = 1, Reported = 2, Counsel = 3, Witness = 4, Authority = 5 }

/// <summary>A party to the dispute: the journalist, the complainant, a lawyer, the police or Dewan Pers.</summary>
public sealed class LegalParty
{
    public int Id { get; init; }
    public int CaseId { get; init; }
    public required string Name { get; init; }
    public LegalPartyRole Role { get; init; }
    public string? Note { get; init; }
}

/// <summary>One step of the chronology: what happened on a date (a summons, a mediation, a Dewan Pers statement).</summary>
public sealed class LegalEntry
{
    public int Id { get; init; }
    public int CaseId { get; init; }
    public DateOnly On { get; init; }
    public required string Text { get; init; }
    public required string RecordedBy { get; init; }
    public DateTime RecordedAt { get; init; }
}

/// <summary>A document of the case (a summons, a complaint, a Dewan Pers decision), checked by its bytes on upload.</summary>
public sealed class LegalDocument
{
    public int Id { get; init; }
    public int CaseId { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
    public required string UploadedBy { get; init; }
    public DateTime UploadedAt { get; init; }
}

/// <summary>An account assigned to help on the case (a board's legal officer, a lawyer of the association).</summary>
public sealed class LegalHelper
{
    public int CaseId { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
}
