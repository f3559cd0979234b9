using System.Text;
using Siberindo.Releases;
using Siberindo.Shared;
using Siberindo.Statistics;

namespace Siberindo.Tests.Shared;

/// <summary>Every download is written by the one CSV set-up: CRLF, UTF-8 without BOM, formulas escaped.</summary>
public sealed class CsvFilesTests
{
    [Fact]
    public void The_statistics_table_keeps_its_bytes()
    {
        var table = new Table("anggota-per-provinsi", ["kode_provinsi", "provinsi", "anggota", "per_tanggal"],
            [["36", "Banten", 12, new DateOnly(2026, 12, 31)], ["91", "Papua Barat, \"Daya\"", 0, new DateOnly(2026, 12, 31)]]);
        var expected = "kode_provinsi,provinsi,anggota,per_tanggal\r\n36,Banten,12,2026-12-31\r\n91,\"Papua Barat, \"\"Daya\"\"\",0,2026-12-31\r\n";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), table.Csv());
    }

    [Fact]
    public void A_coverage_title_from_a_feed_that_starts_a_formula_is_escaped()
    {
        var row = new CoverageRow(7, "=HYPERLINK(\"http://x.example\")", "https://kabarserang.example/a", 1, "Kabar Serang", "36", "Kota Serang",
            new DateTime(2026, 8, 5, 3, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(42), Siberindo.Core.Stories.PickupKind.Copy, 3, true);
        var report = new CoverageReport(null!, "Diskominfo", 1, 1, 0, [row], []);
        var lines = Encoding.UTF8.GetString(CoverageService.Csv(report, "https://siberindo.example")).Split("\r\n");
        Assert.StartsWith("Kabar Serang,36,Kota Serang,\"'=HYPERLINK(\"\"http://x.example\"\")\",", lines[1]);
        Assert.EndsWith(",https://siberindo.example/baca/7,2026-08-05T03:00:00Z,42,copy,3,yes", lines[1]);
    }

    [Fact]
    public void The_reader_detects_the_delimiter_and_matches_headers_trimmed_in_lower_case()
    {
        using var csv = CsvFiles.Reader(new StringReader(" Nama ;Domain\r\n Kabar Serang ; kabarserang.example\r\n"));
        Assert.True(csv.Read() && csv.ReadHeader());
        Assert.True(csv.Read());
        Assert.Equal("Kabar Serang", csv.GetField("nama"));
        Assert.Equal("kabarserang.example", csv.GetField("domain"));
    }
}
