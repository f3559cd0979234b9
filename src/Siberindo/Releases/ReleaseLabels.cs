namespace Siberindo.Releases;

public static class ReleaseLabels
{
    public static string Of(ReleaseStatus status) => status switch
    {
        ReleaseStatus.Draft => "Draf",
        ReleaseStatus.Scheduled => "Terjadwal (embargo)",
        ReleaseStatus.Published => "Terbit",
        ReleaseStatus.Corrected => "Dikoreksi",
        _ => "Ditarik",
    };

    /// <summary>IPTC ninjs pubstatus: usable once out, withheld while embargoed or a draft, canceled when withdrawn.</summary>
    public static string PubStatus(ReleaseStatus status) => status switch
    {
        ReleaseStatus.Published or ReleaseStatus.Corrected => "usable",
        ReleaseStatus.Withdrawn => "canceled",
        _ => "withheld",
    };

    public static string Of(ReleaseCategory category) => category switch
    {
        ReleaseCategory.Pemerintahan => "Pemerintahan",
        ReleaseCategory.Pembangunan => "Pembangunan",
        ReleaseCategory.Ekonomi => "Ekonomi",
        ReleaseCategory.Kesehatan => "Kesehatan",
        ReleaseCategory.Pendidikan => "Pendidikan",
        ReleaseCategory.Sosial => "Sosial",
        ReleaseCategory.Bencana => "Kebencanaan",
        ReleaseCategory.Lingkungan => "Lingkungan",
        _ => "Lainnya",
    };
}
