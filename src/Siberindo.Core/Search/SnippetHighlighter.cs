using System.Net;
using System.Text;
using Siberindo.Core.Text;

namespace Siberindo.Core.Search;

/// <summary>
/// Marks the reader's words in original text. The index holds stems, so a word is marked when one of its own terms is
/// a query term: a query for <i>pemberantasan</i> marks <i>memberantas</i> and <i>diberantas</i>. Output is HTML:
/// the text HTML-encoded, matches wrapped in <c>&lt;mark&gt;</c>.
/// </summary>
public sealed class SnippetHighlighter(IReadOnlyCollection<string> queryTerms, IndonesianAnalyzer? analyzer = null)
{
    private readonly HashSet<string> _terms = new(queryTerms, StringComparer.Ordinal);
    private readonly IndonesianAnalyzer _analyzer = analyzer ?? IndonesianAnalyzer.Default;
    private readonly List<string> _scratch = [];
    private readonly Dictionary<string, string?> _matches = new(StringComparer.Ordinal);

    /// <summary>The whole text, encoded, with matches marked (for titles).</summary>
    public string Highlight(string text) => Render(text, 0, text.Length, FindMatches(text));

    /// <summary>
    /// A window of about <paramref name="maxChars"/> characters cut at word boundaries where the most distinct query
    /// words meet (the start of the text when none does), encoded, with matches marked and cuts shown by an ellipsis.
    /// </summary>
    public string Snippet(string text, int maxChars = 220)
    {
        var matches = FindMatches(text);
        if (text.Length <= maxChars) return Render(text, 0, text.Length, matches);

        var (start, end) = BestWindow(text, matches, maxChars);
        var html = new StringBuilder();
        if (start > 0) html.Append('…');
        html.Append(Render(text, start, end, matches));
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }

    /// <summary>Words of the text whose terms meet the query, as (start, length, term) in order.</summary>
    public List<(int Start, int Length, string Term)> FindMatches(string text)
    {
        var matches = new List<(int, int, string)>();
        if (_terms.Count == 0) return matches;
        foreach (var (start, length) in Words(text))
        {
            if (MatchingTerm(text.AsSpan(start, length)) is { } term) matches.Add((start, length, term));
        }
        return matches;
    }

    private string? MatchingTerm(ReadOnlySpan<char> word)
    {
        // A page highlights 20 articles of a few hundred words each, mostly the same words: each form is analysed once.
        var cached = _matches.GetAlternateLookup<ReadOnlySpan<char>>();
        if (cached.TryGetValue(word, out var known)) return known;
        string? match = null;
        // Alone, a capitalised word cannot tell an acronym from a shouted headline: try both readings.
        foreach (var form in (ReadOnlySpan<string>)[word.ToString(), word.ToString().ToLowerInvariant()])
        {
            _scratch.Clear();
            _analyzer.Analyze(form, _scratch);
            match = _scratch.FirstOrDefault(_terms.Contains);
            if (match is not null) break;
        }
        cached[word] = match;
        return match;
    }

    // Letters and digits, joined by hyphens, apostrophes, dots or commas that sit between two of them
    // (anak-anak, Jum'at, 1.500.000), as the analyzer reads them.
    internal static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) yield break;
            var start = i;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]) || IsMark(text[i])) { i++; continue; }
                if (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                break;
            }
            yield return (start, i - start);
        }
    }

    private static bool IsMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '.' or ',';

    private static (int Start, int End) BestWindow(string text, List<(int Start, int Length, string Term)> matches, int maxChars)
    {
        var bestStart = 0;
        var bestScore = (Distinct: 0, Total: 0);
        for (var first = 0; first < matches.Count; first++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var total = 0;
            for (var j = first; j < matches.Count && matches[j].Start + matches[j].Length - matches[first].Start <= maxChars; j++)
            {
                distinct.Add(matches[j].Term);
                total++;
            }
            if (distinct.Count > bestScore.Distinct || (distinct.Count == bestScore.Distinct && total > bestScore.Total))
            {
                bestScore = (distinct.Count, total);
                bestStart = matches[first].Start;
            }
        }

        // Some words of context before the first match, then cut at word boundaries.
        var start = bestScore.Total == 0 ? 0 : Math.Max(0, bestStart - maxChars / 5);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < bestStart ? space + 1 : bestStart;
        }
        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start) end = space;
        }
        return (start, end);
    }

    private static string Render(string text, int start, int end, List<(int Start, int Length, string Term)> matches)
    {
        var html = new StringBuilder(end - start + 32);
        var at = start;
        foreach (var (matchStart, length, _) in matches)
        {
            if (matchStart < start || matchStart + length > end) continue;
            html.Append(WebUtility.HtmlEncode(text[at..matchStart]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(matchStart, length))).Append("</mark>");
            at = matchStart + length;
        }
        html.Append(WebUtility.HtmlEncode(text[at..end]));
        return html.ToString();
    }
}
