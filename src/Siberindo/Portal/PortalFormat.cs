using System.Globalization;
using Siberindo.Core.Regions;

namespace Siberindo.Portal;

/// <summary>How the portal writes times and numbers for Indonesian readers.</summary>
public static class PortalFormat
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"22 Nov 2026 15.04 WIB": the national portal shows one zone, Jakarta's.</summary>
    public static string Time(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(IndonesianTime.Wib)
            .ToString("d MMM yyyy HH.mm", Indonesian) + " WIB";

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", Indonesian);
}
