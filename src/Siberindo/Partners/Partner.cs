using Siberindo.Accounts;

namespace Siberindo.Partners;

public enum PartnerKind { Diskominfo = 0, Kementerian = 1, Lembaga = 2, PemerintahDaerah = 3, Lainnya = 4 }

/// <summary>
/// A government partner (mitra): a province's or regency's information office (Diskominfo), a ministry or another
/// agency that sends press releases to the members. Its place (null codes: national) says whose board works with it.
/// </summary>
public sealed class Partner : IRegional
{
    public int Id { get; init; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public PartnerKind Kind { get; set; }
    public string? ProvinceCode { get; set; }
    public string? RegencyCode { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; init; }
}

public enum AgreementStatus { Draft = 0, Active = 1, Ended = 2, Terminated = 3 }

/// <summary>
/// A cooperation agreement (kerja sama, MoU, perjanjian kerja sama) between a board of the association and a partner:
/// its number, scope and term, the signed document, and its status. Placed where its board is, so board admins see
/// their own.
/// </summary>
public sealed class Agreement : IRegional
{
    public int Id { get; init; }
    public int PartnerId { get; init; }
    public int BoardId { get; init; }
    public string? ProvinceCode { get; init; }
    public string? RegencyCode { get; init; }
    public required string Title { get; set; }
    /// <summary>Nomor perjanjian as both parties signed it.</summary>
    public string? Number { get; set; }
    /// <summary>Ruang lingkup: what the parties agreed to do (publication of releases, training, ...).</summary>
    public required string Scope { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public AgreementStatus Status { get; set; }
    public string? DocumentName { get; set; }
    public long DocumentSize { get; set; }
    public DateTime CreatedAt { get; init; }

    /// <summary>What the status means today: an active agreement past its end has ended, whatever was recorded.</summary>
    public AgreementStatus StatusOn(DateOnly day) => Status == AgreementStatus.Active && day > EndsOn ? AgreementStatus.Ended : Status;

    public bool InForceDuring(DateOnly from, DateOnly to) => Status is AgreementStatus.Active or AgreementStatus.Ended && StartsOn <= to && EndsOn >= from;
}

/// <summary>The signed agreement as uploaded (a PDF), kept apart so that lists never load its bytes.</summary>
public sealed class AgreementDocument
{
    public int AgreementId { get; init; }
    public required byte[] Content { get; set; }
}

public static class PartnerLabels
{
    public static string Of(PartnerKind kind) => kind switch
    {
        PartnerKind.Diskominfo => "Dinas Komunikasi dan Informatika",
        PartnerKind.Kementerian => "Kementerian",
        PartnerKind.Lembaga => "Lembaga/badan",
        PartnerKind.PemerintahDaerah => "Pemerintah daerah",
        _ => "Lainnya",
    };

    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "Rancangan",
        AgreementStatus.Active => "Berlaku",
        AgreementStatus.Ended => "Berakhir",
        _ => "Diputus",
    };
}
