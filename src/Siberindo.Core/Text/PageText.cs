using System.Text;
using System.Text.RegularExpressions;

namespace Siberindo.Core.Text;

/// <summary>
/// Decodes a fetched HTML page: BOM, then a declared charset, then strict UTF-8, else windows-1252 (never throws).
/// A page that declares ISO-8859-1 is read as windows-1252 too, as browsers do (the WHATWG encoding standard maps the
/// label there): such pages carry curly quotes and dashes in 0x80-0x9F, which Latin-1 would turn into control characters.
/// </summary>
public static partial class PageText
{
    public static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        // The bytes themselves: "\xEF\xBB\xBF"u8 would be the UTF-8 of three Latin-1 characters, not the BOM.
        if (span.StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8.GetString(span[3..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(span[2..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(span[2..]);
        // The declaration is ASCII: reading the head byte by byte finds it whatever the rest is.
        var head = Encoding.Latin1.GetString(span[..Math.Min(span.Length, 2048)]);
        var declared = Charset().Match(head) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;
        if (declared is "iso-8859-1" or "latin1" or "windows-1252" or "cp1252") return TextFiles.Windows1252.GetString(span);
        return TextFiles.Utf8ElseWindows1252(span);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
