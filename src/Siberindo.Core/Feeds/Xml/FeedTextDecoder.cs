using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Siberindo.Core.Feeds.Xml;

/// <summary>
/// Turns the fetched bytes into text, trusting the bytes over the declaration: small outlets' CMSs often declare
/// UTF-8 and emit windows-1252 (or the reverse), or mix both in one document after a copy-paste from Word.
/// </summary>
internal static class FeedTextDecoder
{
    static FeedTextDecoder()
    {
        // Makes rarer legacy encodings (gb2312, shift_jis, windows-1256...) available to Encoding.GetEncoding.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, ProblemLog problems)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8Tolerant(bytes[3..], declared: "utf-8 (byte order mark)", problems);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        var utf16 = SniffUtf16WithoutMark(bytes);
        if (utf16 is not null)
        {
            return utf16.GetString(bytes);
        }

        string? declared = FindDeclaredEncoding(bytes)?.ToLowerInvariant();
        switch (declared)
        {
            case null or "utf-8" or "utf8":
                return DecodeUtf8Tolerant(bytes, declared, problems);
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "windows-1252" or "cp1252"
                or "us-ascii" or "ascii" or "iso-8859-15":
                if (HasNonAscii(bytes) && Utf8.IsValid(bytes))
                {
                    problems.Add($"encoding declared {declared} but bytes are utf-8");
                    return Encoding.UTF8.GetString(bytes);
                }
                return DecodeWindows1252(bytes);
            case "utf-16" or "utf16" or "utf-16le" or "utf-16be":
                // We already know the bytes are not UTF-16 (no mark, no interleaved zeros).
                problems.Add($"encoding declared {declared} but bytes are 8-bit");
                return DecodeUtf8Tolerant(bytes, null, problems);
        }

        Encoding? encoding = null;
        try
        {
            encoding = Encoding.GetEncoding(declared);
        }
        catch (ArgumentException)
        {
        }
        if (encoding is null)
        {
            problems.Add($"unknown encoding '{Truncate(declared, 40)}' declared; read as utf-8");
            return DecodeUtf8Tolerant(bytes, null, problems);
        }
        if (HasNonAscii(bytes) && Utf8.IsValid(bytes))
        {
            problems.Add($"encoding declared {declared} but bytes are utf-8");
            return Encoding.UTF8.GetString(bytes);
        }
        return encoding.GetString(bytes);
    }

    /// <summary>
    /// Decodes valid UTF-8 runs as UTF-8 and each invalid byte as windows-1252, so a document that mixes both
    /// (the usual result of pasting from Word into a UTF-8 CMS) keeps every character readable.
    /// </summary>
    private static string DecodeUtf8Tolerant(ReadOnlySpan<byte> bytes, string? declared, ProblemLog problems)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 16);
        try
        {
            int written = 0;
            int invalidBytes = 0;
            while (!bytes.IsEmpty)
            {
                var status = Utf8.ToUtf16(bytes, buffer.AsSpan(written), out int read, out int produced,
                    replaceInvalidSequences: false, isFinalBlock: true);
                written += produced;
                bytes = bytes[read..];
                if (status == OperationStatus.Done)
                {
                    break;
                }
                // InvalidData: one byte that does not start a valid sequence (a truncated sequence at the end also lands here).
                buffer[written++] = Windows1252.Decode(bytes[0]);
                bytes = bytes[1..];
                invalidBytes++;
            }
            problems.Add(declared is null
                ? $"no encoding declared and {invalidBytes} bytes are not utf-8; read them as windows-1252"
                : $"encoding declared {declared} but bytes are windows-1252 ({invalidBytes} bytes not utf-8)");
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                chars[i] = Windows1252.Decode(source[i]);
            }
        });
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    private static Encoding? SniffUtf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return null;
        }
        if (bytes[0] == '<' && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
        {
            return Encoding.Unicode;
        }
        if (bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] != 0)
        {
            return Encoding.BigEndianUnicode;
        }
        return null;
    }

    /// <summary>Reads <c>encoding="..."</c> from the XML declaration, which may follow some garbage.</summary>
    internal static string? FindDeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 2048)];
        int start = head.IndexOf("<?xml"u8);
        if (start < 0)
        {
            return null;
        }
        head = head[start..];
        int end = head.IndexOf("?>"u8);
        if (end > 0)
        {
            head = head[..end];
        }
        int at = head.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }
        head = head[(at + 8)..].TrimStart(" \t\r\n"u8);
        if (head.IsEmpty || head[0] != '=')
        {
            return null;
        }
        head = head[1..].TrimStart(" \t\r\n"u8);
        if (head.IsEmpty || (head[0] != '"' && head[0] != '\''))
        {
            return null;
        }
        byte quote = head[0];
        head = head[1..];
        int close = head.IndexOf(quote);
        if (close <= 0 || close > 40)
        {
            return null;
        }
        return Encoding.ASCII.GetString(head[..close]).Trim();
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
