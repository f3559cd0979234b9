using System.Text;

namespace Siberindo.Core.Text;

/// <summary>
/// Text files that people upload or import (CSV): decoded without guessing wrong, and checked for the one CSV mistake
/// a parser cannot place (a quote that is never closed swallows the rest of the file, so the parser's line is past
/// the end).
/// </summary>
public static class TextFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise windows-1252, what spreadsheet programs on
    /// Windows write by default ("Save as CSV"), which also decodes its curly quotes and dashes, not only Latin-1's.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        return Utf8ElseWindows1252(span);
    }

    /// <summary>The code page Windows programs write and pages that call themselves Latin-1 mean.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Strict UTF-8 when the bytes are valid UTF-8 (other text rarely is), else windows-1252, which decodes every byte.</summary>
    public static string Utf8ElseWindows1252(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>
    /// The line (from 1) where a CSV quoted field opens and is never closed, or null. A quote opens a field only at its
    /// start (after a delimiter or a line break); inside a quoted field "" is a quote.
    /// </summary>
    public static int? UnclosedQuoteLine(string csv, char delimiter)
    {
        var line = 1;
        int? openedAt = null;
        var fieldStart = true;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (openedAt is not null)
            {
                if (ch == '"')
                {
                    if (i + 1 < csv.Length && csv[i + 1] == '"') i++;
                    else openedAt = null;
                }
                else if (ch == '\n') line++;
                continue;
            }
            if (ch == '"' && fieldStart) openedAt = line;
            if (ch == '\n') line++;
            fieldStart = ch == delimiter || ch == '\n' || (ch == '\r') || (fieldStart && ch == ' ');
        }
        return openedAt;
    }

    /// <summary>
    /// The CSV up to the line where a quoted field is left open (so that the rows before it can still be checked), and
    /// that line; the whole text and null when every quote is closed.
    /// </summary>
    public static (string Text, int? UnclosedQuoteLine) CutAtUnclosedQuote(string csv)
    {
        if (UnclosedQuoteLine(csv, DelimiterOf(csv)) is not { } line) return (csv, null);
        var start = 0;
        for (var n = 1; n < line; n++) start = csv.IndexOf('\n', start) + 1;
        return (csv[..start], line);
    }

    /// <summary>The delimiter a CSV's first line uses: the most frequent of comma, semicolon and tab outside quotes.</summary>
    public static char DelimiterOf(string csv)
    {
        var end = csv.IndexOf('\n');
        var first = end < 0 ? csv : csv[..end];
        return new[] { ',', ';', '\t' }.MaxBy(d => first.Count(c => c == d));
    }
}
