namespace Siberindo.Regions;

/// <summary>A province with its Kemendagri code ("36" for Banten).</summary>
public sealed class Province
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>URL segment derived from the name ("jawa-barat").</summary>
    public required string Slug { get; set; }
    public List<Regency> Regencies { get; init; } = [];
}
