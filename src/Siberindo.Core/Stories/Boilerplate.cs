using System.Text.RegularExpressions;

namespace Siberindo.Core.Stories;

/// <summary>
/// Removes the parts of an article that belong to the outlet rather than to the story, using patterns of the genre
/// (Indonesian online news): datelines, "Baca Juga" links, lists of other headlines, credit lines and promotional
/// footers. What outlets repeat in their own words is learnt separately by <see cref="OutletFooters"/>.
/// </summary>
public static partial class Boilerplate
{
    /// <summary>The title without a "Kota X:" / "Kabupaten X:" region prefix that some outlets put in front.</summary>
    public static string CleanTitle(string title) => RegionTitlePrefix().Replace(title.Trim(), "");

    /// <summary>Content paragraphs of a body (paragraphs separated by blank lines), boilerplate removed.</summary>
    public static List<string> ContentParagraphs(string body)
    {
        var paragraphs = new List<string>();
        foreach (var raw in BlankLine().Split(body))
        {
            var kept = new List<string>();
            foreach (var line in raw.Split('\n'))
            {
                var text = line.Trim();
                if (text.Length == 0 || IsLinkLine(text) || IsHeadlineListItem(text) || IsCreditLine(text) || IsPromotion(text))
                    continue;
                kept.Add(text);
            }
            if (kept.Count > 0) paragraphs.Add(string.Join(" ", kept));
        }

        // Outlet footers follow the story: drop trailing paragraphs that name a website or a channel.
        while (paragraphs.Count > 1 && IsTrailingFooter(paragraphs[^1])) paragraphs.RemoveAt(paragraphs.Count - 1);

        if (paragraphs.Count > 0) paragraphs[0] = StripDateline(paragraphs[0]);
        return paragraphs;
    }

    /// <summary>
    /// Removes datelines such as "PALU –", "Kota Tangerang—", "outlet.com, Kabupaten X— " or "PALU, outlet.id – PALU –"
    /// (outlets often put their own dateline in front of the release's one, so the pattern repeats).
    /// </summary>
    public static string StripDateline(string paragraph) => Dateline().Replace(paragraph, "", 1);

    // "Baca Juga: <headline>", "Simak juga: ...", "Lihat juga ...": a link to another article placed inside the body.
    static bool IsLinkLine(string line) => LinkLine().IsMatch(line);

    // "- Headline" lines: lists of other headlines. A headline has no closing sentence punctuation and is short.
    static bool IsHeadlineListItem(string line)
    {
        if (!BulletLine().IsMatch(line)) return false;
        var last = line[^1];
        return last is not ('.' or '!' or '?' or ';' or ':' or ',') && CountWords(line) <= 25;
    }

    // "(rls/red)", "(red)", "(*)", "Editor: Rina", "Penulis: ...".
    static bool IsCreditLine(string line) => CreditInParentheses().IsMatch(line) || (CreditLabel().IsMatch(line) && CountWords(line) <= 10);

    // "Ikuti berita terbaru di Google News", "Gabung kanal WhatsApp ...": short invitations that may appear anywhere.
    static bool IsPromotion(string line) => CountWords(line) <= 45 && Invitation().IsMatch(line) && Channel().IsMatch(line);

    // Outlet standard footers name the outlet's site or a channel; stories almost never end with one.
    static bool IsTrailingFooter(string paragraph) =>
        CountWords(paragraph) <= 80 && (DomainName().IsMatch(paragraph) || Channel().IsMatch(paragraph) || FooterPhrase().IsMatch(paragraph));

    internal static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^(?:Kota|Kabupaten|Kab\.|Provinsi)\s+[^:]{1,40}:\s+")]
    private static partial Regex RegionTitlePrefix();

    [GeneratedRegex(@"^(?:baca|simak|lihat)\s+(?:juga|pula)\s*[:\-–—]", RegexOptions.IgnoreCase)]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"^(?:[-•*–]|\d{1,2}[.)])\s+\S")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^\(\s*[\p{L}*][\p{L}\s/.*,-]{0,30}\)$")]
    private static partial Regex CreditInParentheses();

    [GeneratedRegex(@"^(?:editor|penulis|reporter|pewarta|redaktur|penyunting|sumber|foto|kontributor|jurnalis)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"\b(?:ikuti|gabung|bergabung|follow|klik|unduh|download|dapatkan|kunjungi|simak)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Invitation();

    [GeneratedRegex(@"\b(?:google\s+news|whatsapp|telegram|instagram|youtube|tiktok|facebook|kanal|channel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Channel();

    [GeneratedRegex(@"\b[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|news|online|info|xyz|co|my\.id|web\.id)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomainName();

    [GeneratedRegex(@"\b(?:hak\s+jawab|pedoman\s+pemberitaan|berita\s+terkini|berita\s+terbaru|redaksi\s+menerima)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FooterPhrase();

    // One dateline segment list: places (capitalised words) or site names separated by commas, closed by a dash;
    // repeated because copies keep the release's dateline behind their own.
    [GeneratedRegex(@"^(?:\s*(?:[\w-]+(?:\.[\w-]+)+|\p{Lu}[\p{L}'.]*(?:\s+\p{Lu}[\p{L}'.]*){0,4})(?:\s*,\s*(?:[\w-]+(?:\.[\w-]+)+|\p{Lu}[\p{L}'.]*(?:\s+\p{Lu}[\p{L}'.]*){0,4}))*\s*(?:[–—]|\s-\s)\s*){1,3}")]
    private static partial Regex Dateline();
}
