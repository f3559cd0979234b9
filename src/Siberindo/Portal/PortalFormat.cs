using System.Globalization;
using Siberindo.Core.Regions;

namespace Siberindo.Portal;

/// <summary>How the portal writes times and numbers for Indonesian readers.</summary>
public static class PortalFormat
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"22 Nov 2026 15.04 WIB": the national portal shows one zone, Jakarta's.</summary>
    public static string Time(DateTime utc) => Time(utc, IndonesianTime.Wib);

    /// <summary>The same in another of Indonesia's zones, named ("WITA", "WIT"), for pages that speak for one province.</summary>
    public static string Time(DateTime utc, TimeSpan offset) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(offset)
            .ToString("d MMM yyyy HH.mm", Indonesian) + " " + IndonesianTime.ZoneName(offset);

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", Indonesian);
}
