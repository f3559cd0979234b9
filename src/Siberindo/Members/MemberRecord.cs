using Siberindo.Outlets;

namespace Siberindo.Members;

/// <summary>Where an outlet stands in the association.</summary>
public enum MembershipStatus
{
    /// <summary>Pemohon: applied, not yet accepted.</summary>
    Applicant = 0,
    /// <summary>Anggota: a member in good standing.</summary>
    Member = 1,
    /// <summary>Dibekukan: membership suspended.</summary>
    Suspended = 2,
    /// <summary>Keluar: left or was removed.</summary>
    Left = 3,
}

/// <summary>The legal form of the company behind an outlet. Dewan Pers accepts PT, koperasi and yayasan, not PT perorangan.</summary>
public enum LegalForm { Unknown = 0, PT = 1, PTPerorangan = 2, Koperasi = 3, Yayasan = 4, CV = 5 }

/// <summary>
/// The association's file on one member outlet (one row per outlet): membership, the company's papers, what the site
/// publishes, and the Dewan Pers verification details. The current verification level stays on <see cref="Outlet"/>.
/// </summary>
public sealed class MemberRecord
{
    public int OutletId { get; init; }
    public Outlet? Outlet { get; init; }

    public MembershipStatus Status { get; set; }
    public DateOnly StatusSince { get; set; }
    /// <summary>The first day the outlet was a member; kept when it is later suspended or leaves.</summary>
    public DateOnly? JoinedOn { get; set; }

    // The company (badan hukum).
    public LegalForm LegalForm { get; set; }
    public string? DeedNumber { get; set; }
    public DateOnly? DeedDate { get; set; }
    /// <summary>Surat keputusan Kemenkumham approving the company.</summary>
    public string? KemenkumhamSk { get; set; }
    /// <summary>Modal dasar in rupiah.</summary>
    public long? CapitalRupiah { get; set; }
    /// <summary>Whether the deed's purpose names a press business (KBLI 63122 portal web).</summary>
    public bool DeedNamesPressBusiness { get; set; }
    public string? Address { get; set; }
    public int? StaffCount { get; set; }

    // What the site publishes.
    public bool PublishesAddress { get; set; }
    public bool PublishesMasthead { get; set; }
    public bool PublishesCyberGuideline { get; set; }

    // Dewan Pers.
    public DateOnly? AdministrativeOn { get; set; }
    public DateOnly? FactualOn { get; set; }
    public string? CertificateNumber { get; set; }

    /// <summary>A factual verification certificate is valid five years.</summary>
    public DateOnly? CertificateExpiresOn => FactualOn?.AddYears(5);
}

/// <summary>One step of an outlet's membership history.</summary>
public sealed class MembershipEvent
{
    public long Id { get; init; }
    public int OutletId { get; init; }
    public MembershipStatus Status { get; init; }
    public DateOnly On { get; init; }
    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
}

public enum UkwLevel { None = 0, Muda = 1, Madya = 2, Utama = 3 }

/// <summary>A journalist or manager. One person can hold posts at several outlets (the rules limit how many).</summary>
public sealed class Person
{
    public int Id { get; init; }
    public required string Name { get; set; }
    public UkwLevel Ukw { get; set; }
    /// <summary>Nomor sertifikat Uji Kompetensi Wartawan.</summary>
    public string? UkwCertificate { get; set; }
    public List<OutletPosition> Positions { get; init; } = [];
}

public enum PositionRole
{
    PenanggungJawab = 0,
    PemimpinRedaksi = 1,
    /// <summary>Pemimpin perusahaan / direktur: the business post.</summary>
    PemimpinPerusahaan = 2,
    Redaktur = 3,
    Wartawan = 4,
}

public sealed class OutletPosition
{
    public int Id { get; init; }
    public int OutletId { get; init; }
    public int PersonId { get; init; }
    public Person? Person { get; init; }
    public PositionRole Role { get; init; }
}
