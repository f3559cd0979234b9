namespace Siberindo.FactChecks;

/// <summary>
/// A first guess of an imported check's category from its words, for the statistics; the checker corrects it on the
/// form. Checked in the order of the list: a scam about a vaccine is a scam.
/// </summary>
public static class FactCheckCategories
{
    static readonly (FactCheckCategory Category, string[] Words)[] Signs =
    [
        (FactCheckCategory.Penipuan, ["penipuan", "tautan", "link", "undian", "hadiah", "transfer", "rekening", "lowongan", "pendaftaran", "bantuan tunai", "pinjaman"]),
        (FactCheckCategory.Kesehatan, ["vaksin", "kanker", "obat", "penyakit", "dokter", "rumah sakit", "virus", "kesehatan", "imunisasi", "puskesmas"]),
        (FactCheckCategory.Bencana, ["gempa", "tsunami", "banjir", "longsor", "erupsi", "bmkg", "bpbd", "bencana", "gunung"]),
        (FactCheckCategory.Politik, ["pilkada", "pemilu", "kpu", "bawaslu", "calon", "partai", "kampanye", "pemilih"]),
        (FactCheckCategory.Kriminal, ["polisi", "polres", "penculikan", "begal", "pembunuhan", "narkoba"]),
        (FactCheckCategory.Pemerintahan, ["pemerintah", "gubernur", "bupati", "wali kota", "menteri", "pajak", "kementerian", "dinas"]),
    ];

    public static FactCheckCategory Guess(string text)
    {
        var lower = " " + text.ToLowerInvariant() + " ";
        foreach (var (category, words) in Signs)
            if (words.Any(w => lower.Contains(" " + w, StringComparison.Ordinal))) return category;
        return FactCheckCategory.Lainnya;
    }

    public static string Label(FactCheckCategory c) => c switch
    {
        FactCheckCategory.Kesehatan => "Kesehatan",
        FactCheckCategory.Politik => "Politik",
        FactCheckCategory.Pemerintahan => "Pemerintahan",
        FactCheckCategory.Bencana => "Bencana",
        FactCheckCategory.Penipuan => "Penipuan",
        FactCheckCategory.Kriminal => "Kriminal",
        FactCheckCategory.Sosial => "Sosial",
        _ => "Lainnya",
    };
}
