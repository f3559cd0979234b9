namespace Siberindo.Core.Feeds.Xml;

/// <summary>
/// The windows-1252 code page, written out because it is what "ISO-8859-1" and stray non-UTF-8 bytes mean in practice
/// (browsers do the same), and it keeps the decoder free of the code-pages provider for the common case.
/// </summary>
internal static class Windows1252
{
    // 0x80..0x9F; the five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
    private static readonly char[] HighControls =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static char Decode(byte b) => b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;
}
