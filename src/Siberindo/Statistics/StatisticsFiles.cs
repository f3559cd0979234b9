using System.Globalization;
using ClosedXML.Excel;
using Siberindo.Core.Text;
using Siberindo.Shared;

namespace Siberindo.Statistics;

/// <summary>The statistics as tables: one header row, then data; written as CSV (UTF-8) or XLSX with the same cells.</summary>
public sealed record Table(string Name, string[] Header, IReadOnlyList<object[]> Rows)
{
    public static Table ByProvince(IReadOnlyList<ProvinceFigures> figures, DateOnly asOf) => new(
        "anggota-per-provinsi",
        ["kode_provinsi", "provinsi", "anggota", "terverifikasi_administratif", "terverifikasi_faktual", "terverifikasi", "per_tanggal"],
        figures.Select(f => new object[] { f.ProvinceCode, f.ProvinceName, f.Members, f.Administrative, f.Factual, f.Verified, asOf }).ToList());

    public static Table Trend(IReadOnlyList<TrendPoint> points) => new(
        "anggota-per-tahun",
        ["per_tanggal", "anggota", "terverifikasi_administratif", "terverifikasi_faktual", "terverifikasi"],
        points.Select(p => new object[] { p.On, p.Members, p.Administrative, p.Factual, p.Verified }).ToList());

    public byte[] Csv() => CsvFiles.Write(csv =>
    {
        csv.WriteRow(Header);
        foreach (var row in Rows) csv.WriteRow(row.Select(Cell));
    });

    /// <summary>The longest worksheet name Excel opens.</summary>
    const int MaxSheetName = 31;

    public byte[] Xlsx()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(StoredText.Clip(Name, MaxSheetName));
        for (var c = 0; c < Header.Length; c++) sheet.Cell(1, c + 1).Value = Header[c];
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < Rows.Count; r++)
            for (var c = 0; c < Rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (Rows[r][c])
                {
                    case int n: cell.Value = n; break;
                    case long n: cell.Value = n; break;
                    case DateOnly d: cell.Value = d.ToDateTime(TimeOnly.MinValue); cell.Style.DateFormat.Format = "yyyy-mm-dd"; break;
                    case var other: cell.Value = Cell(other); break;
                }
            }
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

}
