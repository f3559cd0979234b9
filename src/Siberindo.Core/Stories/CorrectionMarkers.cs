using System.Text.RegularExpressions;

namespace Siberindo.Core.Stories;

/// <summary>
/// Recognises a correction announced in a changed feed entry. Outlets mark corrected stories in the headline or at the
/// start of the summary: "[Ralat] ...", "RALAT: ...", "(Koreksi) ...", "Koreksi - ...", "[Update] ...", "Hak Jawab: ...".
/// Only such a marked position counts (in brackets anywhere in the title, or leading and followed by a colon or dash),
/// so a story that merely uses the word ("Polisi koreksi data korban") is not a correction.
/// </summary>
public static partial class CorrectionMarkers
{
    public enum Kind { Ralat, Koreksi, HakJawab }

    public static Kind? Find(string? title, string? summary = null) =>
        FindIn(title, bracketsAnywhere: true) ?? FindIn(summary, bracketsAnywhere: false);

    static Kind? FindIn(string? text, bool bracketsAnywhere)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Leading().Match(text);
        if (!m.Success && bracketsAnywhere) m = Bracketed().Match(text);
        if (!m.Success) return null;
        var word = m.Groups["w"].Value.ToLowerInvariant();
        return word.StartsWith("hak") ? Kind.HakJawab : word == "ralat" ? Kind.Ralat : Kind.Koreksi;
    }

    const string Words = @"(?<w>ralat|koreksi|hak\s+jawab|update|updated|pembaruan|diperbarui|klarifikasi)";

    [GeneratedRegex(@"^\s*(?:[\[(]\s*" + Words + @"\s*[\])]|" + Words + @"\s*[:\-–—])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"[\[(]\s*" + Words + @"\s*[\])]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
