using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Siberindo.Traffic;

/// <summary>
/// The dashboard's download: one row per article and day with readers, by day. A spreadsheet sums it per day or per
/// article; dates are the reader's day in WIB.
/// </summary>
public static class TrafficCsv
{
    public static readonly string[] Header = ["tanggal", "artikel_id", "judul", "url", "diterbitkan", "pembaca"];

    public static byte[] Write(IEnumerable<TrafficReport.ArticleDay> rows)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Titles come from members' feeds: one starting with =, +, - or @ is written so that no spreadsheet runs it.
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\r\n",
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, config))
        {
            foreach (var name in Header) csv.WriteField(name);
            csv.NextRecord();
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
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string FileName(string outletSlug, TrafficRange range) =>
        $"pembaca-{outletSlug}-{TrafficRange.Iso(range.From)}-{TrafficRange.Iso(range.To)}.csv";
}
