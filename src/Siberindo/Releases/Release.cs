namespace Siberindo.Releases;

/// <summary>
/// Where a release is in its life. Only <see cref="Released"/> and <see cref="Withdrawn"/> releases ever reach anyone
/// outside the partner, and only once their embargo has lifted (<see cref="ReleaseVisibility"/>).
/// </summary>
public enum ReleaseState { Draft = 0, Released = 1, Withdrawn = 2 }

/// <summary>What a reader is told about a release (IPTC ninjs <c>pubstatus</c> in brackets).</summary>
public enum ReleaseStatus { Draft, Scheduled, Published, Corrected, Withdrawn }

public enum ReleaseCategory { Pemerintahan = 0, Pembangunan = 1, Ekonomi = 2, Kesehatan = 3, Pendidikan = 4, Sosial = 5, Bencana = 6, Lingkungan = 7, Lainnya = 8 }

/// <summary>
/// A press release (siaran pers, rilis) of a government partner to the member outlets, modelled on IPTC ninjs:
/// <c>embargoed</c> is <see cref="EmbargoUntil"/>, <c>pubstatus</c> follows <see cref="State"/>, <c>urgency</c>,
/// <c>usageterms</c> and <c>ednote</c> are kept as such. The body is sanitised HTML.
/// </summary>
public sealed class Release
{
    public long Id { get; init; }
    public int PartnerId { get; init; }
    public required string Headline { get; set; }
    public required string Slug { get; set; }
    /// <summary>Where and when it was issued: "SERANG, 5 Agustus 2026".</summary>
    public string? Dateline { get; set; }
    /// <summary>Sanitised HTML (the same sanitiser as feed HTML).</summary>
    public required string BodyHtml { get; set; }
    /// <summary>About the partner, printed under every release ("Tentang Diskominfo ...").</summary>
    public string? Boilerplate { get; set; }
    /// <summary>Who journalists may ask: names, numbers, addresses as plain text.</summary>
    public string? Contacts { get; set; }
    public ReleaseCategory Category { get; set; }
    /// <summary>IPTC urgency, 1 (most urgent) to 9; 5 is ordinary.</summary>
    public int Urgency { get; set; } = 5;
    /// <summary>IPTC usageterms: how members may use the text and photos.</summary>
    public string? UsageTerms { get; set; }
    /// <summary>IPTC ednote: a note to editors, not for publication.</summary>
    public string? EdNote { get; set; }
    /// <summary>For every member outlet in the country; otherwise for the listed provinces and regencies.</summary>
    public bool National { get; set; }
    public List<ReleaseTarget> Targets { get; init; } = [];
    public ReleaseState State { get; set; }
    /// <summary>The instant before which nobody outside the partner sees the release (set when it is released).</summary>
    public DateTime? EmbargoUntil { get; set; }
    public DateTime? ReleasedAt { get; set; }
    /// <summary>When its delivery to the target outlets was made (after the embargo), by the delivery stage.</summary>
    public DateTime? DeliveredAt { get; set; }
    public DateTime? CorrectedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawnReason { get; set; }
    /// <summary>ninjs version: 1 when released, one more with each correction.</summary>
    public int Version { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }

    public ReleaseStatus StatusAt(DateTime now) => State switch
    {
        ReleaseState.Draft => ReleaseStatus.Draft,
        ReleaseState.Withdrawn => ReleaseStatus.Withdrawn,
        _ when EmbargoUntil > now => ReleaseStatus.Scheduled,
        _ when CorrectedAt is not null => ReleaseStatus.Corrected,
        _ => ReleaseStatus.Published,
    };
}

/// <summary>One target region: a province (code "36") or a regency/city ("36.71").</summary>
public sealed class ReleaseTarget
{
    public long Id { get; init; }
    public long ReleaseId { get; init; }
    public string? ProvinceCode { get; init; }
    public string? RegencyCode { get; init; }
}

public enum AttachmentKind { Photo = 0, Pdf = 1 }

/// <summary>A photo or PDF of a release, checked by its content when uploaded; the bytes live apart (<see cref="ReleaseFile"/>).</summary>
public sealed class ReleaseAttachment
{
    public long Id { get; init; }
    public long ReleaseId { get; init; }
    public AttachmentKind Kind { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public string? Caption { get; set; }
    public DateTime CreatedAt { get; init; }
}

public sealed class ReleaseFile
{
    public long AttachmentId { get; init; }
    public required byte[] Content { get; init; }
}

/// <summary>A correction of a published release: what it said before, when, and why (shown with the release).</summary>
public sealed class ReleaseCorrection
{
    public long Id { get; init; }
    public long ReleaseId { get; init; }
    public DateTime At { get; init; }
    public required string Note { get; init; }
    public required string PreviousHeadline { get; init; }
    public required string PreviousBodyHtml { get; init; }
    public int Version { get; init; }
}
