namespace Siberindo.Core.Regions;

/// <summary>Indonesia's three time zones (WIB, WITA, WIT) and which provinces use each.</summary>
public static class IndonesianTime
{
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    public static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    public static readonly TimeSpan Wit = TimeSpan.FromHours(9);

    /// <summary>
    /// The offset of a province by its Kemendagri code. Sumatra, Java, West and Central Kalimantan use WIB;
    /// Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi use WITA; Maluku and Papua use WIT.
    /// Unknown codes get WIB, the zone of most outlets.
    /// </summary>
    public static TimeSpan OffsetOfProvince(string? provinceCode) => provinceCode switch
    {
        "51" or "52" or "53" or "63" or "64" or "65" => Wita,
        ['7', _] => Wita,
        ['8', _] or ['9', _] => Wit,
        _ => Wib,
    };

    public static string ZoneName(TimeSpan offset) => offset.TotalHours switch
    {
        8 => "WITA",
        9 => "WIT",
        _ => "WIB",
    };
}
