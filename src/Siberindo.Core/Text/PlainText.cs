using System.Text;
using Siberindo.Core.Feeds.Html;

namespace Siberindo.Core.Text;

/// <summary>
/// Plain text out of the markup feeds carry: the one whitespace rule, the one set of elements that separate words and
/// the one cut with an ellipsis that titles, author names, article bodies (<see cref="HtmlText"/>), card excerpts
/// (<see cref="ArticleText.Excerpt"/>) and release teasers share.
/// </summary>
public static class PlainText
{
    /// <summary>Elements a browser lays out on a line of their own: text on either side of one is two words.</summary>
    private static readonly HashSet<string> WordSeparators = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "ul", "ol", "li",
        "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "br",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSeparatorsBySpan =
        WordSeparators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the element (a block, or a line break) separates the words around it; inline ones (b, a, span) do not.</summary>
    public static bool SeparatesWords(string elementName) => WordSeparators.Contains(elementName);

    /// <summary>
    /// Titles and author names: tags stripped, entities decoded, whitespace collapsed; null when nothing is left.
    /// A light scan rather than an HTML parser, because every title of every poll goes through it.
    /// </summary>
    public static string? FromMarkup(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        string result = text;
        if (result.Contains('<'))
        {
            result = StripTags(result);
        }
        if (result.Contains('&'))
        {
            result = HtmlEntities.Decode(result);
        }
        result = CollapseWhitespace(result);
        return result.Length == 0 ? null : result;
    }

    /// <summary>
    /// Removes what looks like a tag ("&lt;b&gt;", "&lt;/a&gt;", "&lt;!-- --&gt;"), leaving a lone "&lt;" as in
    /// "harga &lt; Rp10 ribu". A tag that separates words ("Satu&lt;br&gt;Dua") leaves a space; an inline one
    /// ("Ka&lt;b&gt;ta&lt;/b&gt;") leaves nothing, as a browser shows it.
    /// </summary>
    private static string StripTags(string text)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                int end = text.IndexOf('>', i + 1);
                if (end > 0)
                {
                    if (WordSeparatorsBySpan.Contains(TagName(text.AsSpan(i + 1, end - i - 1))))
                    {
                        sb.Append(' '); // collapsing tidies it
                    }
                    i = end + 1;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>"br" of "br/", "/p", "p class=x"; empty for comments and declarations.</summary>
    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        if (tag.StartsWith('/'))
        {
            tag = tag[1..];
        }
        int length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length]))
        {
            length++;
        }
        return tag[..length];
    }

    /// <summary>
    /// Runs of whitespace (newlines, tabs, no-break spaces included) made one space, none at either end. Text that is
    /// already so comes back as the same string. When <paramref name="stopAfter"/> is given, stops once the result is
    /// longer than that: an excerpt needs the start of a long body, not all of it collapsed.
    /// </summary>
    public static string CollapseWhitespace(string text, int stopAfter = int.MaxValue)
    {
        var span = text.AsSpan();
        bool clean = true;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == span.Length - 1 || span[i + 1] == ' '))
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        var sb = new StringBuilder(Math.Min(text.Length, stopAfter));
        bool pendingSpace = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
            if (sb.Length > stopAfter)
            {
                break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The text cut to at most <paramref name="max"/> characters, the cut marked with "…": at the last space when one
    /// falls in the second half, without the comma or full stop before it; else mid-word, never between the halves of
    /// a surrogate pair.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var space = text.LastIndexOf(' ', max - 1);
        var kept = space > max / 2 ? text[..space] : StoredText.Clip(text, max - 1);
        return kept.TrimEnd(',', '.', ';', ':') + "…";
    }
}
