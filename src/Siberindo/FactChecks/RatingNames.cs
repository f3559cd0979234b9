using System.Globalization;
using System.Text;

namespace Siberindo.FactChecks;

/// <summary>
/// Our names of the ratings (Mafindo's), and the mapping of a partner desk's rating names to them (Indonesian and
/// English names in use: salah, keliru, sebagian benar, false, misleading ...). A name we cannot place maps to
/// <see cref="FactCheckRating.Unclassified"/> and its original is kept.
/// </summary>
public static class RatingNames
{
    public static string Label(FactCheckRating rating) => rating switch
    {
        FactCheckRating.SatireParodi => "Satire/Parodi",
        FactCheckRating.KontenMenyesatkan => "Konten Menyesatkan",
        FactCheckRating.KontenTiruan => "Konten Tiruan",
        FactCheckRating.KontenPalsu => "Konten Palsu",
        FactCheckRating.KoneksiYangSalah => "Koneksi yang Salah",
        FactCheckRating.KonteksKeliru => "Konteks Keliru",
        FactCheckRating.KontenYangDimanipulasi => "Konten yang Dimanipulasi",
        FactCheckRating.Benar => "Benar",
        _ => "Belum diklasifikasi",
    };

    // Folded names (lowercase, letters only) to ours. Half-truths count as hoaks (Mafindo), so "sebagian benar" is
    // misleading content, not "benar".
    static readonly Dictionary<string, FactCheckRating> Known = new(StringComparer.Ordinal)
    {
        ["satire"] = FactCheckRating.SatireParodi, ["parodi"] = FactCheckRating.SatireParodi, ["satireparodi"] = FactCheckRating.SatireParodi, ["satire parodi"] = FactCheckRating.SatireParodi,
        ["satir"] = FactCheckRating.SatireParodi, ["parody"] = FactCheckRating.SatireParodi,
        ["konten menyesatkan"] = FactCheckRating.KontenMenyesatkan, ["menyesatkan"] = FactCheckRating.KontenMenyesatkan, ["sesat"] = FactCheckRating.KontenMenyesatkan,
        ["misleading"] = FactCheckRating.KontenMenyesatkan, ["misleading content"] = FactCheckRating.KontenMenyesatkan,
        ["sebagian benar"] = FactCheckRating.KontenMenyesatkan, ["half true"] = FactCheckRating.KontenMenyesatkan, ["partly false"] = FactCheckRating.KontenMenyesatkan,
        ["mostly false"] = FactCheckRating.KontenMenyesatkan, ["tidak terbukti"] = FactCheckRating.KontenMenyesatkan, ["unproven"] = FactCheckRating.KontenMenyesatkan,
        ["konten tiruan"] = FactCheckRating.KontenTiruan, ["tiruan"] = FactCheckRating.KontenTiruan, ["imposter"] = FactCheckRating.KontenTiruan,
        ["impostor"] = FactCheckRating.KontenTiruan, ["imposter content"] = FactCheckRating.KontenTiruan, ["catut"] = FactCheckRating.KontenTiruan,
        ["konten palsu"] = FactCheckRating.KontenPalsu, ["palsu"] = FactCheckRating.KontenPalsu, ["fabricated"] = FactCheckRating.KontenPalsu,
        ["fabricated content"] = FactCheckRating.KontenPalsu, ["salah"] = FactCheckRating.KontenPalsu, ["hoaks"] = FactCheckRating.KontenPalsu,
        ["hoax"] = FactCheckRating.KontenPalsu, ["false"] = FactCheckRating.KontenPalsu, ["penipuan"] = FactCheckRating.KontenPalsu, ["scam"] = FactCheckRating.KontenPalsu,
        ["fake"] = FactCheckRating.KontenPalsu, ["disinformasi"] = FactCheckRating.KontenPalsu,
        ["koneksi yang salah"] = FactCheckRating.KoneksiYangSalah, ["koneksi salah"] = FactCheckRating.KoneksiYangSalah, ["false connection"] = FactCheckRating.KoneksiYangSalah,
        ["konteks keliru"] = FactCheckRating.KonteksKeliru, ["keliru"] = FactCheckRating.KonteksKeliru, ["konteks yang salah"] = FactCheckRating.KonteksKeliru,
        ["false context"] = FactCheckRating.KonteksKeliru, ["missing context"] = FactCheckRating.KonteksKeliru, ["out of context"] = FactCheckRating.KonteksKeliru,
        ["konten yang dimanipulasi"] = FactCheckRating.KontenYangDimanipulasi, ["konten manipulasi"] = FactCheckRating.KontenYangDimanipulasi,
        ["manipulasi"] = FactCheckRating.KontenYangDimanipulasi, ["dimanipulasi"] = FactCheckRating.KontenYangDimanipulasi,
        ["manipulated"] = FactCheckRating.KontenYangDimanipulasi, ["manipulated content"] = FactCheckRating.KontenYangDimanipulasi,
        ["altered"] = FactCheckRating.KontenYangDimanipulasi,
        ["benar"] = FactCheckRating.Benar, ["fakta"] = FactCheckRating.Benar, ["true"] = FactCheckRating.Benar, ["correct"] = FactCheckRating.Benar,
        ["accurate"] = FactCheckRating.Benar,
    };

    /// <summary>Our rating for a partner's name (case, brackets and punctuation ignored: "[HOAKS]", "Konten Palsu").</summary>
    public static FactCheckRating Map(string? name)
    {
        var folded = Fold(name);
        if (folded.Length == 0) return FactCheckRating.Unclassified;
        if (Known.TryGetValue(folded, out var rating)) return rating;
        // "Hoaks - Konten Palsu", "Salah: konteks keliru": the most specific known part wins (the type over the verdict).
        var parts = folded.Split(' ');
        for (var length = parts.Length - 1; length >= 1; length--)
            for (var start = 0; start + length <= parts.Length; start++)
                if (Known.TryGetValue(string.Join(' ', parts[start..(start + length)]), out rating) && rating != FactCheckRating.KontenPalsu) return rating;
        return parts.Any(p => Known.TryGetValue(p, out rating)) ? Known[parts.First(p => Known.ContainsKey(p))] : FactCheckRating.Unclassified;
    }

    static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            text.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
