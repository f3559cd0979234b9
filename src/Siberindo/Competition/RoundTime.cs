using Siberindo.Core.Regions;
using Siberindo.Portal;

namespace Siberindo.Competition;

/// <summary>
/// The clock a round's people read: a national round keeps the portal's zone (WIB); a province's round is typed and
/// shown in that province's zone (<see cref="IndonesianTime.OffsetOfProvince"/>: WITA in Sulawesi, WIT in Papua), so
/// the board enters the closing time its members live by and every page repeats it with the same zone name.
/// </summary>
public static class RoundTime
{
    public static TimeSpan OffsetOf(string? provinceCode) => provinceCode is null ? IndonesianTime.Wib : IndonesianTime.OffsetOfProvince(provinceCode);

    public static string ZoneOf(string? provinceCode) => IndonesianTime.ZoneName(OffsetOf(provinceCode));

    /// <summary>A datetime-local field's value (no zone) read in the round's zone, as UTC.</summary>
    public static DateTime ToUtc(DateTime local, string? provinceCode) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(local, DateTimeKind.Unspecified) - OffsetOf(provinceCode), DateTimeKind.Utc);

    /// <summary>"10 Jan 2027 09.00 WIT": a time of the round, in its zone.</summary>
    public static string Show(DateTime utc, string? provinceCode) => PortalFormat.Time(utc, OffsetOf(provinceCode));
}
