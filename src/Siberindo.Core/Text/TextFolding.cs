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
    /// Pure ASCII text, most of our input, is returned as is without allocating.
    /// </summary>
    public static string FoldToBaseLetters(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = t_builder ??= new StringBuilder(1024);
        builder.Clear();
        builder.EnsureCapacity(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        var folded = builder.ToString();
        if (builder.Capacity > 64 * 1024)
        {
            t_builder = null; // do not pin a huge buffer to the thread after one long article
        }

        return folded.IsNormalized(NormalizationForm.FormC) ? folded : folded.Normalize(NormalizationForm.FormC);
    }
}
