using Siberindo.Shared;

namespace Siberindo.Traffic;

/// <summary>
/// The dashboard's download: one row per article and day with readers, by day. A spreadsheet sums it per day or per
/// article; dates are the reader's day in WIB.
/// </summary>
public static class TrafficCsv
{
    public static readonly string[] Header = ["tanggal", "artikel_id", "judul", "url", "diterbitkan", "pembaca"];

    /// <summary>Titles come from members' feeds: <see cref="CsvFiles.Write"/> escapes one that a spreadsheet would run.</summary>
    public static byte[] Write(IEnumerable<TrafficReport.ArticleDay> rows) => CsvFiles.Write(csv =>
    {
        csv.WriteRow(Header);
        foreach (var row in rows)
        {
            csv.WriteField(TrafficRange.Iso(row.Day));
            csv.WriteField(row.ArticleId);
            csv.WriteField(row.Title);
            csv.WriteField(row.Url);
            csv.WriteField(Portal.PortalFormat.Iso(row.Published));
            csv.WriteField(row.Readers);
            csv.NextRecord();
        }
    });

    public static string FileName(string outletSlug, TrafficRange range) =>
        $"pembaca-{outletSlug}-{TrafficRange.Iso(range.From)}-{TrafficRange.Iso(range.To)}.csv";
}
