using System.Buffers;

namespace Siberindo.Core.Feeds.Xml;

/// <summary>Which characters XML 1.0 allows in a document.</summary>
internal static class XmlChars
{
    /// <summary>C0 controls other than tab, LF and CR, plus the two non-characters U+FFFE and U+FFFF.</summary>
    public static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    public static bool IsValidCodePoint(int cp) =>
        cp is 0x9 or 0xA or 0xD
        || cp is >= 0x20 and <= 0xD7FF
        || cp is >= 0xE000 and <= 0xFFFD
        || cp is >= 0x10000 and <= 0x10FFFF;

    public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == ':';

    public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
