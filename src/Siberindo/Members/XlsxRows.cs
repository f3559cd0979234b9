using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Siberindo.Members;

/// <summary>
/// Reads the first sheet of an XLSX file row by row, straight from the zip with <see cref="XmlReader"/>, within limits
/// on rows, cells and expanded size: a workbook library loads the whole sheet into objects (a 443 KB file of a million
/// rows took 25 s of CPU and 3 GB), and a zip may expand a thousandfold. Entries are checked against their declared
/// size and ratio before they are opened, and the bytes actually inflated are counted while reading, so a lying
/// header gains nothing. Only what a members' file needs: shared and inline strings, numbers, booleans, and numbers
/// whose style is a date format, given as yyyy-MM-dd.
/// </summary>
public static class XlsxRows
{
    public sealed record Limits(int MaxRows, int MaxCells, long MaxExpandedBytes, int MaxCompressionRatio);

    public static readonly Limits Members = new(MaxRows: 20_000, MaxCells: 400_000, MaxExpandedBytes: 64L * 1024 * 1024, MaxCompressionRatio: 100);

    /// <summary>Rows in order, each as (row number, cells by column index from 0); throws <see cref="XlsxLimitException"/> past a limit.</summary>
    public static IEnumerable<(int Row, Dictionary<int, string> Cells)> Read(Stream file, Limits limits)
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        var budget = new ExpandedBudget(limits.MaxExpandedBytes);
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > limits.MaxExpandedBytes)
                throw new XlsxLimitException($"Isi berkas terlalu besar setelah diekstrak (more than {limits.MaxExpandedBytes / (1024 * 1024)} MB expanded).");
            if (entry.CompressedLength > 0 && entry.Length > 1024 * 1024 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
                throw new XlsxLimitException("Berkas dimampatkan secara tidak wajar (suspicious compression ratio): simpan ulang dari aplikasi lembar kerja.");
        }

        var sheetPath = FirstSheetPath(zip, budget) ?? throw new InvalidDataException("no worksheet in the workbook");
        var strings = SharedStrings(zip, budget, limits);
        var dateStyles = DateStyles(zip, budget);
        var sheet = zip.GetEntry(sheetPath) ?? throw new InvalidDataException($"missing part {sheetPath}");

        using var reader = Xml(budget.Open(sheet));
        int rows = 0, cells = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row") continue;
            if (++rows > limits.MaxRows)
                throw new XlsxLimitException($"Berkas lebih dari {limits.MaxRows:N0} baris (more than {limits.MaxRows:N0} rows).".Replace(',', '.'));
            var number = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : rows;
            var row = new Dictionary<int, string>();
            if (!reader.IsEmptyElement)
            {
                var depth = reader.Depth;
                var nextColumn = 0;
                while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
                {
                    if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c") continue;
                    if (++cells > limits.MaxCells)
                        throw new XlsxLimitException($"Berkas lebih dari {limits.MaxCells:N0} sel (more than {limits.MaxCells:N0} cells).".Replace(',', '.'));
                    var column = ColumnOf(reader.GetAttribute("r")) ?? nextColumn;
                    nextColumn = column + 1;
                    var value = CellValue(reader, strings, dateStyles);
                    if (value is not null) row[column] = value;
                }
            }
            yield return (number, row);
        }
    }

    private static string? CellValue(XmlReader reader, List<string> strings, HashSet<int> dateStyles)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (reader.IsEmptyElement) return null;
        string? raw = null, inline = null;
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "v") raw = reader.ReadElementContentAsString();
            else if (reader.LocalName == "t") inline = (inline ?? "") + reader.ReadElementContentAsString();
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
        }
        return type switch
        {
            "s" => int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : null,
            "inlineStr" => inline,
            "b" => raw == "1" ? "TRUE" : "FALSE",
            "str" or "e" => raw,
            _ when raw is not null && dateStyles.Contains(style) && double.TryParse(raw, CultureInfo.InvariantCulture, out var serial)
                   && serial is > 0 and < 2_958_466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => raw,
        };
    }

    /// <summary>"C12" → 2.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            column = column * 26 + (ch - 'A' + 1);
            if (column > 16_384) return null;
        }
        return column == 0 ? null : column - 1;
    }

    private static string? FirstSheetPath(ZipArchive zip, ExpandedBudget budget)
    {
        string? relationId = null;
        if (zip.GetEntry("xl/workbook.xml") is not { } workbook) return null;
        using (var reader = Xml(budget.Open(workbook)))
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    relationId = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    break;
                }
        if (relationId is null || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels) return null;
        using var relations = Xml(budget.Open(rels));
        while (relations.Read())
            if (relations.NodeType == XmlNodeType.Element && relations.LocalName == "Relationship" && relations.GetAttribute("Id") == relationId)
            {
                var target = relations.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        return null;
    }

    private static List<string> SharedStrings(ZipArchive zip, ExpandedBudget budget, Limits limits)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry) return strings;
        using var reader = Xml(budget.Open(entry));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si") continue;
            if (strings.Count >= limits.MaxCells)
                throw new XlsxLimitException($"Berkas lebih dari {limits.MaxCells:N0} teks (more than {limits.MaxCells:N0} strings).".Replace(',', '.'));
            // Rich text splits a string into runs; phonetic hints (rPh) are not part of it.
            var text = new System.Text.StringBuilder();
            using var item = reader.ReadSubtree();
            while (item.Read())
            {
                if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh") { item.Skip(); continue; }
                if (item.NodeType == XmlNodeType.Element && item.LocalName == "t") text.Append(item.ReadElementContentAsString());
            }
            strings.Add(text.ToString());
        }
        return strings;
    }

    /// <summary>Indexes of the cell formats (cellXfs) whose number format shows a date.</summary>
    private static HashSet<int> DateStyles(ZipArchive zip, ExpandedBudget budget)
    {
        var styles = new HashSet<int>();
        if (zip.GetEntry("xl/styles.xml") is not { } entry) return styles;
        var customDates = new HashSet<int>();
        using var reader = Xml(budget.Open(entry));
        var index = -1;
        var inCellFormats = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellFormats = false;
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id):
                    if (IsDateFormat(reader.GetAttribute("formatCode"))) customDates.Add(id);
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    index++;
                    if (int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format)
                        && (format is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(format)))
                        styles.Add(index);
                    break;
            }
        }
        return styles;
    }

    // A format with a day, month or year part outside quoted text and colour/locale brackets.
    private static bool IsDateFormat(string? code)
    {
        if (code is null) return false;
        var quoted = false;
        var bracket = false;
        foreach (var ch in code)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == '[') bracket = true;
            else if (!quoted && ch == ']') bracket = false;
            else if (!quoted && !bracket && char.ToLowerInvariant(ch) is 'y' or 'd' or 'm') return true;
        }
        return false;
    }

    private static XmlReader Xml(Stream stream) =>
        XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, IgnoreWhitespace = false });

    /// <summary>The expanded bytes every part read so far may still take, counted as they are inflated.</summary>
    private sealed class ExpandedBudget(long limit)
    {
        private long _left = limit;
        public long Limit { get; } = limit;
        public Stream Open(ZipArchiveEntry entry) => new Counting(entry.Open(), this);

        private sealed class Counting(Stream inner, ExpandedBudget budget) : Stream
        {
            public override int Read(byte[] buffer, int offset, int count) => Take(inner.Read(buffer, offset, count));
            public override int Read(Span<byte> buffer) => Take(inner.Read(buffer));

            private int Take(int read)
            {
                if ((budget._left -= read) < 0)
                    throw new XlsxLimitException($"Isi berkas terlalu besar setelah diekstrak (more than {budget.Limit / (1024 * 1024)} MB expanded).");
                return read;
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            protected override void Dispose(bool disposing)
            {
                if (disposing) inner.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}

/// <summary>An XLSX file past a limit of <see cref="XlsxRows"/>; the message is for the person who uploaded it.</summary>
public sealed class XlsxLimitException(string message) : Exception(message);
