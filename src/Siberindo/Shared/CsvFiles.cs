using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Siberindo.Shared;

/// <summary>
/// The one CsvHelper set-up for the files people upload and download, so that every import reads alike and every
/// export is written alike.
/// </summary>
public static class CsvFiles
{
    /// <summary>
    /// Uploaded CSV (decode it with <see cref="Core.Text.TextFiles.Decode"/> first): the delimiter detected (a spreadsheet
    /// in the Indonesian locale saves with ';'), fields and header names trimmed, header names matched in lower case,
    /// and rows with bad quotes or missing cells read rather than thrown: the caller checks each row and names its line.
    /// </summary>
    public static CsvReader Reader(TextReader text) => new(text, new CsvConfiguration(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = true,
        BadDataFound = null,
        MissingFieldFound = null,
    });

    /// <summary>
    /// A download: UTF-8 without BOM, CRLF line ends (RFC 4180), and a cell that starts with =, +, - or @ escaped so
    /// that no spreadsheet runs it as a formula (titles and names come from members' feeds and forms).
    /// </summary>
    public static byte[] Write(Action<CsvWriter> write)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\r\n",
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, config)) write(csv);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>Writes one row of fields and ends the record.</summary>
    public static void WriteRow(this CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields) csv.WriteField(field);
        csv.NextRecord();
    }
}
