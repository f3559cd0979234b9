using System.Globalization;
using System.Net;
using System.Text;

namespace Siberindo.Boards;

/// <summary>
/// Board coverage as a picture: one row per province, one square per regency/city (filled when a board's term covers
/// the day), drawn as SVG on the server. No map tiles: every square is a regency in Kemendagri code order.
/// </summary>
public static class CoverageSvg
{
    private const int Cell = 11, Gap = 2, LabelWidth = 190, RowHeight = Cell + 6;

    public static string Draw(IReadOnlyList<(string ProvinceName, IReadOnlyList<RegencyCoverage> Regencies)> rows)
    {
        var widest = rows.Select(r => r.Regencies.Count).DefaultIfEmpty(1).Max();
        var width = LabelWidth + widest * (Cell + Gap) + 60;
        var height = rows.Count * RowHeight + 30;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="Kabupaten/kota yang memiliki pengurus" font-family="DejaVu Sans, sans-serif" font-size="10">""");
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, regencies) = rows[i];
            var y = i * RowHeight + 4;
            var covered = regencies.Count(r => r.Board is not null);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="{y + Cell - 1}">{Escape(name)}</text>""");
            for (var k = 0; k < regencies.Count; k++)
            {
                var r = regencies[k];
                var fill = r.Board is null ? "#dfe3e8" : r.Board.InauguratedOn is null ? "#8cc7a5" : "#1b7f4b";
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{LabelWidth + k * (Cell + Gap)}" y="{y}" width="{Cell}" height="{Cell}" rx="2" fill="{fill}"><title>{Escape(r.Regency.Name)}: {(r.Board is null ? "belum ada pengurus" : "ada pengurus")}</title></rect>""");
            }
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth + regencies.Count * (Cell + Gap) + 4}" y="{y + Cell - 1}" fill="#555">{covered}/{regencies.Count}</text>""");
        }
        var legendY = rows.Count * RowHeight + 16;
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="0" y="{legendY - 9}" width="{Cell}" height="{Cell}" fill="#1b7f4b"/><text x="15" y="{legendY}">dikukuhkan</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="100" y="{legendY - 9}" width="{Cell}" height="{Cell}" fill="#8cc7a5"/><text x="115" y="{legendY}">belum dikukuhkan</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="240" y="{legendY - 9}" width="{Cell}" height="{Cell}" fill="#dfe3e8"/><text x="255" y="{legendY}">belum ada pengurus</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
