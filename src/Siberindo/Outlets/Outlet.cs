using Siberindo.Regions;

namespace Siberindo.Outlets;

/// <summary>A member media outlet: one website run by one company, publishing through one or more feeds.</summary>
public sealed class Outlet : Siberindo.Accounts.IRegional
{
    public int Id { get; init; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>The legal entity behind the outlet (PT, koperasi, yayasan).</summary>
    public string? CompanyName { get; set; }
    public required string Website { get; set; }
    /// <summary>Lower-cased host without "www.", unique: how imports and article files name an outlet.</summary>
    public required string Domain { get; set; }
    /// <summary>Null only for outlets created from an article import, until an admin places them.</summary>
    public string? RegencyCode { get; set; }
    public Regency? Regency { get; set; }
    /// <summary>Copied from the regency so portal queries filter by province without a join.</summary>
    public string? ProvinceCode { get; set; }
    public VerificationStatus Verification { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    /// <summary>The newsroom's address for notices such as corrections its republished copies must follow.</summary>
    public string? Email { get; set; }
    /// <summary>Outlets of the simulated demo network; never mixed into a production registry.</summary>
    public bool IsDemo { get; set; }
    /// <summary>Fetch each article's page to store its full text when the feed carries only summaries.</summary>
    public bool FetchFullText { get; set; }
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
    public List<Feed> Feeds { get; init; } = [];
}

/// <summary>Dewan Pers verification level of the company behind an outlet.</summary>
public enum VerificationStatus
{
    /// <summary>Belum terverifikasi.</summary>
    None = 0,
    /// <summary>Terverifikasi administratif: documents reviewed.</summary>
    Administrative = 1,
    /// <summary>Terverifikasi faktual: newsroom visited, certificate issued.</summary>
    Factual = 2,
}
