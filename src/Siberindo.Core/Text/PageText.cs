using System.Text;
using System.Text.RegularExpressions;

namespace Siberindo.Crawling;

/// <summary>Decodes a fetched HTML page: BOM, then a declared charset, then strict UTF-8, else Latin-1 (never throws).</summary>
public static partial class PageText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\xEF\xBB\xBF"u8)) return Encoding.UTF8.GetString(span[3..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(span[2..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(span[2..]);
        var head = Encoding.Latin1.GetString(span[..Math.Min(span.Length, 2048)]);
        var declared = Charset().Match(head) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;
        if (declared is "iso-8859-1" or "latin1" or "windows-1252" or "cp1252") return Encoding.Latin1.GetString(span);
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(span);
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
