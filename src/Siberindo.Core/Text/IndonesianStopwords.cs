using System.Collections.Frozen;

namespace Siberindo.Core.Text;

/// <summary>
/// Indonesian function words left out of the index: conjunctions, prepositions, pronouns, auxiliaries, articles,
/// and the filler of news prose. Content words are never listed, not even frequent ones (warga, kata, ujar):
/// BM25's idf already discounts them, and a reader may search for them.
/// Matched against the lowercased surface form, before stemming, so "diadakan" (ada) is not lost with "ada".
/// </summary>
public static class IndonesianStopwords
{
    private static readonly string[] Words =
    [
        // conjunctions
        "dan", "atau", "tetapi", "tapi", "namun", "serta", "lalu", "kemudian", "sedangkan", "melainkan", "bahwa",
        "karena", "sebab", "sehingga", "agar", "supaya", "jika", "jikalau", "kalau", "apabila", "bila", "ketika",
        "saat", "sejak", "sambil", "seraya", "selagi", "walau", "walaupun", "meski", "meskipun", "biarpun", "maka", "yakni", "yaitu", "ialah", "adapun", "andaikan", "hingga", "sampai",
        // prepositions
        "di", "ke", "dari", "pada", "kepada", "daripada", "dalam", "untuk", "bagi", "oleh", "dengan", "tentang",
        "terhadap", "antara", "per", "sekitar", "menurut", "tanpa", "sejumlah", "se",
        // pronouns and demonstratives
        "aku", "saya", "kami", "kita", "engkau", "kamu", "anda", "kalian", "dia", "ia", "beliau", "mereka", "nya",
        "ini", "itu", "tersebut", "sini", "situ", "sana", "begini", "begitu", "demikian",
        "inilah", "itulah", "yang", "sang", "si", "para", "sebuah", "seorang", "suatu",
        // question words
        "apa", "apakah", "siapa", "mana", "manakah", "bagaimana", "mengapa", "kenapa", "kapan", "berapa",
        // auxiliaries, aspect and modality
        "adalah", "merupakan", "ada", "telah", "sudah", "belum", "sedang", "masih", "pernah", "bisa", "dapat",
        "harus", "mesti", "perlu", "boleh", "mau", "ingin", "hendak", "akan", "tidak", "tak", "bukan", "jangan",
        // degree, quantity and focus
        "juga", "lagi", "hanya", "saja", "sangat", "amat", "paling", "lebih", "agak",
        "semua", "segala", "setiap", "tiap", "beberapa", "masing", "lain", "lainnya",
        "pula", "bahkan", "malah", "justru", "memang", "tentu", "tentunya", "seperti", "sebagai", "secara",
        "selain", "sendiri",
        // discourse particles
        "lah", "kah", "pun", "dong", "kok", "sih", "deh", "ya", "nah",
    ];

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the lowercase <paramref name="word"/> is a stopword.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => SpanLookup.Contains(word);

    /// <summary>All stopwords.</summary>
    public static IReadOnlySet<string> All => Set;
}
