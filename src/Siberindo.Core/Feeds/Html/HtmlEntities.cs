using AngleSharp.Html;
using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.Html;

/// <summary>
/// Lookup of the HTML5 named character references (all ~2,200 of them), used to turn entities that feeds use without
/// declaring them (<c>&amp;nbsp;</c>, <c>&amp;hellip;</c>, <c>&amp;rsquo;</c>...) into characters.
/// The table is AngleSharp's, which the HTML sanitizer already depends on, so no second copy is shipped.
/// </summary>
internal static class HtmlEntities
{
    private static readonly AngleSharp.Dom.IEntityProvider Provider = HtmlEntityProvider.Resolver;

    /// <summary>The characters for <paramref name="name"/> (without '&amp;' and ';'), or null when HTML has no such entity.</summary>
    public static string? Lookup(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 32)
        {
            return null;
        }
        // AngleSharp keys carry the terminating semicolon ("nbsp;"), which every reference we resolve has.
        return Provider.GetSymbol(string.Concat(name, ";"));
    }

    /// <summary>True for the five entities XML predefines; these stay as they are in XML text.</summary>
    public static bool IsXmlPredefined(ReadOnlySpan<char> name) =>
        name is "amp" or "lt" or "gt" or "quot" or "apos";

    /// <summary>
    /// Decodes character references in text that is already plain XML text but may still carry HTML escapes
    /// (titles double-escaped as <c>&amp;amp;quot;</c>, for instance). Unknown references stay as written.
    /// </summary>
    public static string Decode(string text)
    {
        int amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }
        var sb = new System.Text.StringBuilder(text.Length);
        sb.Append(text, 0, amp);
        int i = amp;
        while (i < text.Length)
        {
            char c = text[i];
            if (c != '&')
            {
                int next = text.IndexOf('&', i);
                if (next < 0)
                {
                    sb.Append(text, i, text.Length - i);
                    break;
                }
                sb.Append(text, i, next - i);
                i = next;
                continue;
            }
            int consumed = TryDecodeReference(text.AsSpan(i), out string? decoded);
            if (consumed > 0 && decoded is not null)
            {
                sb.Append(decoded);
                i += consumed;
            }
            else
            {
                sb.Append('&');
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Reads a reference at the start of <paramref name="s"/> ("&amp;name;", "&amp;#123;", "&amp;#x1F;").
    /// Returns the number of characters consumed (0 when it is not a well-formed reference).
    /// </summary>
    public static int TryDecodeReference(ReadOnlySpan<char> s, out string? decoded)
    {
        decoded = null;
        if (s.Length < 3 || s[0] != '&')
        {
            return 0;
        }
        int semicolon = s[..Math.Min(s.Length, 40)].IndexOf(';');
        if (semicolon < 2)
        {
            return 0;
        }
        var body = s[1..semicolon];
        if (body[0] == '#')
        {
            if (!TryParseCodePoint(body[1..], out int codePoint))
            {
                return 0;
            }
            decoded = CodePointToString(codePoint);
            return semicolon + 1;
        }
        foreach (char ch in body)
        {
            if (!char.IsAsciiLetterOrDigit(ch))
            {
                return 0;
            }
        }
        decoded = body switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => Lookup(body),
        };
        return decoded is null ? 0 : semicolon + 1;
    }

    /// <summary>Parses the digits of a numeric reference ("123" or "x7B"); false for malformed or out-of-range values.</summary>
    public static bool TryParseCodePoint(ReadOnlySpan<char> digits, out int codePoint)
    {
        codePoint = 0;
        bool hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        if (hex)
        {
            digits = digits[1..];
        }
        if (digits.IsEmpty || digits.Length > 8)
        {
            return false;
        }
        foreach (char ch in digits)
        {
            int v = hex ? HexValue(ch) : (char.IsAsciiDigit(ch) ? ch - '0' : -1);
            if (v < 0)
            {
                return false;
            }
            codePoint = codePoint * (hex ? 16 : 10) + v;
        }
        return codePoint <= 0x10FFFF;
    }

    /// <summary>
    /// The string for a numeric reference, following HTML's repairs: C1 codes 128-159 are read as windows-1252
    /// (what the author meant), characters XML forbids become the empty string.
    /// </summary>
    public static string CodePointToString(int codePoint)
    {
        if (codePoint is >= 0x80 and <= 0x9F)
        {
            return Windows1252.Decode((byte)codePoint).ToString();
        }
        if (!XmlChars.IsValidCodePoint(codePoint))
        {
            return string.Empty;
        }
        return char.ConvertFromUtf32(codePoint);
    }

    private static int HexValue(char ch) => ch switch
    {
        >= '0' and <= '9' => ch - '0',
        >= 'a' and <= 'f' => ch - 'a' + 10,
        >= 'A' and <= 'F' => ch - 'A' + 10,
        _ => -1,
    };
}
