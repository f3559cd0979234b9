using Siberindo.Core.Text;

namespace Siberindo.Core.FactChecks;

/// <summary>
/// The words of the genre around a claim, analysed like article text. Articles that spread or check a claim talk
/// about it circulating (beredar, viral, pesan berantai, unggahan ...); an article that merely shares a claim's topic
/// (the real programme or event a hoax distorts) rarely does. Checks speak of hoaxes, denials and clarifications.
/// </summary>
public static class ClaimCues
{
    static readonly string[] CirculationWords =
    [
        "beredar", "viral", "berantai", "pesan", "kabar", "klaim", "diklaim", "mengklaim", "isu", "unggahan", "diunggah",
        "dibagikan", "disebarkan", "tersebar", "warganet", "netizen", "hoaks", "hoax", "disinformasi", "ramai",
        "whatsapp", "facebook", "tiktok", "twitter", "instagram", "youtube", "status", "broadcast",
    ];

    static readonly string[] CheckWords =
    [
        "hoaks", "hoax", "bantah", "membantah", "bantahan", "klarifikasi", "mengklarifikasi", "palsu", "keliru", "menyesatkan",
        "disinformasi", "cek", "fakta", "meluruskan", "diluruskan", "mencatut", "dicatut", "dipastikan", "memastikan",
    ];

    static readonly Lazy<HashSet<string>> Circulation = new(() => Analysed(CirculationWords));
    static readonly Lazy<HashSet<string>> Check = new(() => Analysed(CheckWords));

    /// <summary>How many distinct circulation words the terms hold.</summary>
    public static int CirculationCount(IReadOnlySet<string> terms) => Circulation.Value.Count(terms.Contains);

    /// <summary>How many distinct words of checking the terms hold.</summary>
    public static int CheckCount(IEnumerable<string> terms)
    {
        var check = Check.Value;
        return terms.Distinct().Count(check.Contains);
    }

    static HashSet<string> Analysed(IEnumerable<string> words) =>
        words.SelectMany(w => IndonesianAnalyzer.Default.Analyze(w)).ToHashSet(StringComparer.Ordinal);
}
