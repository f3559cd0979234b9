using System.Text;

namespace Siberindo.Core.Feeds.Html;

/// <summary>
/// A strict recogniser for the plain, well-formed HTML most CMSs emit (paragraphs, links, emphasis, images, lists),
/// producing the same markup HtmlSanitizer would, about ten times faster. Sanitising is most of the cost of
/// parsing a feed, and the crawler parses thousands a minute.
/// It is an allowlist, not a sanitiser: anything outside its narrow grammar (another tag or attribute, a comment,
/// an unbalanced or mis-nested tag, an odd URL) makes it give up and the caller falls back to HtmlSanitizer. Safety
/// does not rest on its cleverness: the only elements it can ever emit have no script-bearing attributes, every
/// attribute value is re-escaped inside double quotes, and URLs are absolute http(s).
/// A differential property test checks that its output equals HtmlSanitizer's whenever it accepts.
/// </summary>
internal static class SimpleHtmlFastPath
{
    private const int MaxDepth = 32;

    /// <summary>The sanitised form of <paramref name="html"/>, or null when the input needs the full sanitiser.</summary>
    public static string? TrySanitize(string html, Uri? baseUri)
    {
        var output = new StringBuilder(html.Length + 64);
        // The open elements, as indexes into Rules.
        Span<byte> stack = stackalloc byte[MaxDepth];
        int depth = 0;
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            if (c == '<')
            {
                if (!TryTag(html, ref i, baseUri, output, stack, ref depth))
                {
                    return null;
                }
                continue;
            }
            if (c == '&')
            {
                int consumed = HtmlEntities.TryDecodeReference(html.AsSpan(i), out string? decoded);
                if (consumed > 0 && string.IsNullOrEmpty(decoded))
                {
                    // A reference to a forbidden character (&#0;): HTML substitutes U+FFFD; leave that to the library.
                    return null;
                }
                if (consumed == 0 || decoded is null)
                {
                    // HTML reads a stray '&' as text; but "&copy 2024" style legacy references are not worth guessing.
                    if (i + 1 < html.Length && char.IsAsciiLetterOrDigit(html[i + 1]) || i + 1 < html.Length && html[i + 1] == '#')
                    {
                        return null;
                    }
                    output.Append("&amp;");
                    i++;
                    continue;
                }
                foreach (char d in decoded)
                {
                    if (!AppendTextChar(output, d))
                    {
                        return null;
                    }
                }
                i += consumed;
                continue;
            }
            if (c == '\r')
            {
                // The HTML parser turns CRLF and lone CR into LF.
                output.Append('\n');
                i += i + 1 < html.Length && html[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (!AppendTextChar(output, c))
            {
                return null;
            }
            i++;
        }
        return depth == 0 ? output.ToString() : null;
    }

    private static bool AppendTextChar(StringBuilder output, char c)
    {
        switch (c)
        {
            case '&': output.Append("&amp;"); break;
            case '<': output.Append("&lt;"); break;
            case '>': output.Append("&gt;"); break;
            case '\u00A0': output.Append("&nbsp;"); break;
            case '\t' or '\n': output.Append(c); break;
            default:
                if (c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                {
                    // Control characters and surrogates are where parsers differ; leave them to the real one.
                    return false;
                }
                output.Append(c);
                break;
        }
        return true;
    }

    private enum ElementKind : byte { None, Inline, Anchor, Paragraph, Heading, Block, List, ListItem }

    private readonly record struct ElementRule(string Name, ElementKind Kind, bool IsVoid, string[] Attributes);

    private static readonly string[] NoAttributes = [];

    private static readonly ElementRule[] Rules =
    [
        new("p", ElementKind.Paragraph, false, NoAttributes),
        new("br", ElementKind.Inline, true, NoAttributes),
        new("b", ElementKind.Inline, false, NoAttributes),
        new("strong", ElementKind.Inline, false, NoAttributes),
        new("i", ElementKind.Inline, false, NoAttributes),
        new("em", ElementKind.Inline, false, NoAttributes),
        new("u", ElementKind.Inline, false, NoAttributes),
        new("span", ElementKind.Inline, false, NoAttributes),
        new("sub", ElementKind.Inline, false, NoAttributes),
        new("sup", ElementKind.Inline, false, NoAttributes),
        new("small", ElementKind.Inline, false, NoAttributes),
        new("a", ElementKind.Anchor, false, ["href", "title"]),
        new("img", ElementKind.Inline, true, ["src", "alt", "title", "width", "height"]),
        new("h2", ElementKind.Heading, false, NoAttributes),
        new("h3", ElementKind.Heading, false, NoAttributes),
        new("h4", ElementKind.Heading, false, NoAttributes),
        new("div", ElementKind.Block, false, NoAttributes),
        new("blockquote", ElementKind.Block, false, NoAttributes),
        new("ul", ElementKind.List, false, NoAttributes),
        new("ol", ElementKind.List, false, NoAttributes),
        new("li", ElementKind.ListItem, false, NoAttributes),
    ];

    private static bool TryTag(string html, ref int i, Uri? baseUri, StringBuilder output, Span<byte> stack, ref int depth)
    {
        bool closing = i + 1 < html.Length && html[i + 1] == '/';
        int nameStart = i + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterLower(html[nameEnd]) || char.IsAsciiDigit(html[nameEnd])))
        {
            nameEnd++;
        }
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        int ruleIndex = FindRule(name);
        if (ruleIndex < 0)
        {
            return false;
        }
        var rule = Rules[ruleIndex];
        if (closing)
        {
            if (rule.IsVoid || nameEnd >= html.Length || html[nameEnd] != '>' || depth == 0 || stack[depth - 1] != ruleIndex)
            {
                return false;
            }
            depth--;
            output.Append("</").Append(rule.Name).Append('>');
            i = nameEnd + 1;
            return true;
        }

        if (!CanOpen(rule.Kind, stack[..depth]))
        {
            return false;
        }
        output.Append('<').Append(rule.Name);
        int pos = nameEnd;
        Span<int> seen = stackalloc int[rule.Attributes.Length];
        int seenCount = 0;
        while (true)
        {
            if (pos >= html.Length)
            {
                return false;
            }
            char c = html[pos];
            if (c == '>')
            {
                pos++;
                break;
            }
            if (c == '/' && rule.IsVoid && pos + 1 < html.Length && html[pos + 1] == '>')
            {
                pos += 2;
                break;
            }
            if (c != ' ')
            {
                return false;
            }
            while (pos < html.Length && html[pos] == ' ')
            {
                pos++;
            }
            if (pos < html.Length && (html[pos] == '>' || html[pos] == '/'))
            {
                continue;
            }
            if (!TryAttribute(html, ref pos, rule, baseUri, output, seen, ref seenCount))
            {
                return false;
            }
        }
        output.Append('>');
        if (!rule.IsVoid)
        {
            if (depth == MaxDepth)
            {
                return false;
            }
            stack[depth++] = (byte)ruleIndex;
        }
        i = pos;
        return true;
    }

    private static int FindRule(ReadOnlySpan<char> name)
    {
        for (int r = 0; r < Rules.Length; r++)
        {
            if (name.SequenceEqual(Rules[r].Name))
            {
                return r;
            }
        }
        return -1;
    }

    /// <summary>
    /// Only nestings the HTML parser keeps exactly as written: no block inside a paragraph, heading or inline
    /// element (the parser would close or move them), list items only directly in lists, no link inside a link.
    /// </summary>
    private static bool CanOpen(ElementKind kind, ReadOnlySpan<byte> open)
    {
        var parent = open.IsEmpty ? ElementKind.None : Rules[open[^1]].Kind;
        bool inPhrasing = false;
        bool inAnchor = false;
        foreach (var o in open)
        {
            var k = Rules[o].Kind;
            inPhrasing |= k is ElementKind.Inline or ElementKind.Anchor or ElementKind.Paragraph or ElementKind.Heading;
            inAnchor |= k == ElementKind.Anchor;
        }
        if (parent == ElementKind.List && kind != ElementKind.ListItem)
        {
            return false;
        }
        return kind switch
        {
            ElementKind.Inline => true,
            ElementKind.Anchor => !inAnchor,
            ElementKind.ListItem => parent == ElementKind.List,
            _ => !inPhrasing,
        };
    }

    private static bool TryAttribute(string html, ref int pos, ElementRule rule, Uri? baseUri, StringBuilder output, Span<int> seen, ref int seenCount)
    {
        int nameStart = pos;
        while (pos < html.Length && char.IsAsciiLetterLower(html[pos]))
        {
            pos++;
        }
        var name = html.AsSpan(nameStart, pos - nameStart);
        int attribute = -1;
        for (int a = 0; a < rule.Attributes.Length; a++)
        {
            if (name.SequenceEqual(rule.Attributes[a]))
            {
                attribute = a;
                break;
            }
        }
        if (attribute < 0 || seen[..seenCount].Contains(attribute) || pos + 1 >= html.Length || html[pos] != '=' || html[pos + 1] != '"')
        {
            return false;
        }
        seen[seenCount++] = attribute;
        int valueStart = pos + 2;
        int valueEnd = html.IndexOf('"', valueStart);
        if (valueEnd < 0)
        {
            return false;
        }
        var raw = html.AsSpan(valueStart, valueEnd - valueStart);
        if (raw.IndexOfAny("<>`\r\n\t") >= 0)
        {
            return false;
        }
        string? value = raw.Contains('&') ? DecodeAttributeValue(raw) : raw.ToString();
        if (value is null)
        {
            return false;
        }
        string attributeName = rule.Attributes[attribute];
        if (attributeName is "href" or "src")
        {
            string? url = SafeUrl(value, baseUri);
            if (url is null)
            {
                return false;
            }
            value = url;
        }
        else if (value.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0)
        {
            return false;
        }
        output.Append(' ').Append(attributeName).Append("=\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '"': output.Append("&quot;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\u00A0': output.Append("&nbsp;"); break;
                default: output.Append(c); break;
            }
        }
        output.Append('"');
        pos = valueEnd + 1;
        return true;
    }

    /// <summary>Decodes references in an attribute value; null where HTML's rules are subtle (legacy or forbidden references).</summary>
    private static string? DecodeAttributeValue(ReadOnlySpan<char> raw)
    {
        var sb = new StringBuilder(raw.Length);
        int i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != '&')
            {
                sb.Append(raw[i++]);
                continue;
            }
            int consumed = HtmlEntities.TryDecodeReference(raw[i..], out string? decoded);
            if (consumed == 0 || string.IsNullOrEmpty(decoded))
            {
                return null;
            }
            sb.Append(decoded);
            i += consumed;
        }
        return sb.ToString();
    }

    /// <summary>An absolute http(s) URL for a plain absolute or path-relative link; null for anything unusual.</summary>
    private static string? SafeUrl(string value, Uri? baseUri)
    {
        if (value.Length == 0 || value.AsSpan().IndexOfAnyInRange('\0', ' ') >= 0 || value.Contains('\\'))
        {
            return null;
        }
        if (value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal))
        {
            // Absolute URLs are kept as written, as the library does.
            return Uri.TryCreate(value, UriKind.Absolute, out _) ? value : null;
        }
        // A relative reference must not start with something a browser could read as a scheme or a host.
        int colon = value.IndexOf(':');
        int slash = value.IndexOfAny(['/', '?', '#']);
        if (baseUri is null || value.StartsWith("//", StringComparison.Ordinal) || (colon >= 0 && (slash < 0 || colon < slash)))
        {
            return null;
        }
        return Uri.TryCreate(baseUri, value, out var resolved) && resolved.Scheme is "http" or "https" ? resolved.AbsoluteUri : null;
    }
}
