namespace Siberindo.Stories.Corrections;

/// <summary>
/// A correction, right of reply or retraction of an article, as the Pedoman Pemberitaan Media Siber requires: shown
/// linked to the original with its time, and followed by every outlet that republished the text.
/// </summary>
public sealed class Correction
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public CorrectionKind Kind { get; init; }
    /// <summary>Set for retractions only: the Pedoman allows no other reasons.</summary>
    public RetractionReason? Reason { get; init; }
    /// <summary>What was corrected, in the outlet's words (or the changed feed title for a detected correction).</summary>
    public required string Note { get; init; }
    public CorrectionOrigin Origin { get; init; }
    /// <summary>The title before the change, when the correction was detected in the feed.</summary>
    public string? PreviousTitle { get; init; }
    public DateTime DeclaredAt { get; init; }
    /// <summary>The account that declared it on the outlet's behalf; null when detected in the feed.</summary>
    public string? DeclaredBy { get; init; }
}

public enum CorrectionKind { Ralat, Koreksi, HakJawab, Pencabutan }

/// <summary>The reasons for which a cyber-media story may be taken down (Pedoman Pemberitaan Media Siber, 5).</summary>
public enum RetractionReason { Sara, Kesusilaan, MasaDepanAnak, TraumaKorban, KeputusanDewanPers }

public enum CorrectionOrigin { Feed, Declared }

/// <summary>One republished copy that has to follow a correction, and whether its outlet did.</summary>
public sealed class CorrectionFollowUp
{
    public long Id { get; init; }
    public long CorrectionId { get; init; }
    public Correction? Correction { get; init; }
    /// <summary>The copy that must follow.</summary>
    public long ArticleId { get; init; }
    public int OutletId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? NotifiedAt { get; set; }
    public DateTime? FollowedAt { get; set; }
    public string? FollowedBy { get; set; }
}
