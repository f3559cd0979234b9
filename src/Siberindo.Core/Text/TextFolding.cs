using System.Globalization;
using System.Text;

namespace Siberindo.Core.Text;

/// <summary>
/// Unicode folding ahead of tokenisation: compatibility forms become their plain letters and diacritics are dropped
/// (ﬁ -> fi, Ｂ -> B, é -> e), so "Pancasila", "Pancasilá" and full-width input index alike. Case is kept: the
/// tokenizer still needs it to recognise acronyms.
/// </summary>
public static class TextFolding
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>
    /// NFKC compatibility folding with diacritics removed. Done as NFKD (compatibility decomposition) minus the
    /// combining marks: the same letters NFKC would give, with accents split off so they can be dropped.
    /// Pure ASCII text is returned as is; otherwise only the non-ASCII stretches (typographic quotes, dashes,
    /// accented letters) are normalised, which keeps the cost of a body with a few curly quotes near a copy.
    /// </summary>
    public static string FoldToBaseLetters(string text)
    {
        var firstNonAscii = text.AsSpan().IndexOfAnyExceptInRange((char)0, (char)0x7F);
        if (firstNonAscii < 0)
        {
            return text;
        }

        var builder = t_builder ??= new StringBuilder(1024);
        builder.Clear();
        builder.EnsureCapacity(text.Length);
        var rest = text.AsSpan();
        while (firstNonAscii >= 0)
        {
            builder.Append(rest[..firstNonAscii]);
            rest = rest[firstNonAscii..];
            var asciiAgain = rest.IndexOfAnyInRange((char)0, (char)0x7F);
            var stretch = asciiAgain < 0 ? rest : rest[..asciiAgain];
            AppendFolded(builder, stretch);
            rest = asciiAgain < 0 ? default : rest[asciiAgain..];
            firstNonAscii = rest.IndexOfAnyExceptInRange((char)0, (char)0x7F);
        }

        builder.Append(rest);
        var folded = builder.ToString();
        if (builder.Capacity > 64 * 1024)
        {
            t_builder = null; // do not pin a huge buffer to the thread after one long article
        }

        return folded;
    }

    private static void AppendFolded(StringBuilder builder, ReadOnlySpan<char> stretch)
    {
        var decomposed = stretch.ToString().Normalize(NormalizationForm.FormKD);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
    }
}
