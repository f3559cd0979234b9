using System.Text;
using Siberindo.Core.Feeds.Html;

namespace Siberindo.Core.Feeds;

/// <summary>Plain text for titles and author names: tags stripped, entities decoded, whitespace collapsed.</summary>
internal static class FeedText
{
    public static string? ToPlainText(string? text)
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

    /// <summary>Removes what looks like a tag ("&lt;b&gt;", "&lt;/a&gt;", "&lt;!-- --&gt;"), leaving a lone "&lt;" as in "harga &lt; Rp10 ribu".</summary>
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
                    // A tag separates words ("Satu<br>Dua"), so leave a space that collapsing will tidy.
                    sb.Append(' ');
                    i = end + 1;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    public static string CollapseWhitespace(string text)
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
        var sb = new StringBuilder(text.Length);
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
        }
        return sb.ToString();
    }
}
