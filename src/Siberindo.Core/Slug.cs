using System.Globalization;
using System.Text;

namespace Siberindo.Core;

/// <summary>URL segments from names: "Kota Tangerang Selatan" -> "kota-tangerang-selatan".</summary>
public static class Slug
{
    public static string From(string text, int maxLength = 80)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(ch));
                if (sb.Length >= maxLength) break;
            }
            else if (ch != '\'' && ch != '\u2019')
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }
}
