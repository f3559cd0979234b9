using System.Text;
using Siberindo.Core.Feeds.Html;

namespace Siberindo.Core.Feeds.Xml;

/// <summary>
/// One forward scan that turns the XML that small CMSs actually emit into XML a strict reader accepts, without ever
/// expanding a DTD or looking anything up outside the document:
/// garbage before the prolog is cut, the DOCTYPE is dropped (so no entity declared there can expand),
/// undeclared HTML entities become characters, raw '&amp;' and stray '&lt;' are escaped, forbidden control
/// characters are removed, and unclosed HTML void elements (<c>&lt;br&gt;</c>, <c>&lt;img ...&gt;</c>) are self-closed.
/// </summary>
internal static class XmlRecovery
{
    /// <summary>The cleaned document and the namespace prefixes its element and attribute names use.</summary>
    public readonly record struct Result(string Text, HashSet<string> Prefixes);

    private static readonly string[] VoidHtmlElements =
        ["br", "hr", "img", "input", "meta", "area", "col", "embed", "param", "track", "wbr"];

    public static Result Clean(string text, ProblemLog problems)
    {
        text = RemoveForbiddenCharacters(text, problems);
        int start = FindDocumentStart(text, problems);
        var scanner = new Scanner(text, start, problems);
        scanner.Run();
        return new Result(scanner.Output, scanner.Prefixes);
    }

    private static string RemoveForbiddenCharacters(string text, ProblemLog problems)
    {
        int first = text.AsSpan().IndexOfAny(XmlChars.Forbidden);
        bool hasSurrogates = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        if (first < 0 && !hasSurrogates)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        int removed = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || XmlChars.Forbidden.Contains(c))
            {
                removed++;
            }
            else
            {
                sb.Append(c);
            }
        }
        problems.Add($"{removed} control characters removed");
        return sb.ToString();
    }

    /// <summary>
    /// Where the XML starts. PHP warnings, stray whitespace or a blank line before <c>&lt;?xml</c> make a strict
    /// reader fail, so everything before the declaration (or before the first '&lt;' without one) is cut.
    /// </summary>
    private static int FindDocumentStart(string text, ProblemLog problems)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 65536));
        int prolog = head.IndexOf("<?xml", StringComparison.Ordinal);
        int start = prolog >= 0 ? prolog : Math.Max(0, head.IndexOf('<'));
        if (start > 0)
        {
            if (head[..start].IsWhiteSpace())
            {
                if (prolog >= 0)
                {
                    problems.Add("whitespace before the XML declaration removed");
                }
            }
            else
            {
                problems.Add($"{start} characters of garbage before the XML removed");
            }
        }
        return start;
    }

    /// <summary>The scan itself; copies unchanged stretches in bulk and only intervenes at '&lt;' and '&amp;'.</summary>
    private sealed class Scanner(string text, int start, ProblemLog problems)
    {
        private readonly StringBuilder _out = new(text.Length - start + 256);
        private int _pos = start;
        private int _copiedUpTo = start;
        private int _rawAmpersands;
        private int _rawLessThans;

        public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

        public string Output => _out.ToString();

        public void Run()
        {
            while (true)
            {
                int next = text.AsSpan(_pos).IndexOfAny('<', '&');
                if (next < 0)
                {
                    break;
                }
                _pos += next;
                if (text[_pos] == '&')
                {
                    FixReference(inAttribute: false);
                }
                else
                {
                    Markup();
                }
            }
            Flush(text.Length);
            if (_rawAmpersands > 0)
            {
                problems.Add($"{_rawAmpersands} raw '&' escaped");
            }
            if (_rawLessThans > 0)
            {
                problems.Add($"{_rawLessThans} raw '<' in text escaped");
            }
        }

        private void Flush(int upTo)
        {
            if (upTo > _copiedUpTo)
            {
                _out.Append(text, _copiedUpTo, upTo - _copiedUpTo);
            }
            _copiedUpTo = upTo;
        }

        private void Replace(int length, string replacement)
        {
            Flush(_pos);
            _out.Append(replacement);
            _pos += length;
            _copiedUpTo = _pos;
        }

        private bool At(string s) => string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;

        private void SkipPast(string terminator)
        {
            int end = text.IndexOf(terminator, _pos, StringComparison.Ordinal);
            _pos = end < 0 ? text.Length : end + terminator.Length;
        }

        private void Markup()
        {
            if (At("<!--"))
            {
                SkipPast("-->");
            }
            else if (At("<![CDATA["))
            {
                SkipPast("]]>");
            }
            else if (At("<?"))
            {
                SkipPast("?>");
            }
            else if (At("<!DOCTYPE") || At("<!doctype"))
            {
                DropDoctype();
            }
            else if (_pos + 1 < text.Length && text[_pos + 1] == '/')
            {
                EndTag();
            }
            else if (_pos + 1 < text.Length && XmlChars.IsNameStart(text[_pos + 1]))
            {
                StartTag();
            }
            else
            {
                _rawLessThans++;
                Replace(1, "&lt;");
            }
        }

        /// <summary>
        /// The DOCTYPE goes entirely: it is the only place entities can be declared (billion laughs, external
        /// entities), and feeds never need it. References to what it declared are then escaped as unknown entities.
        /// </summary>
        private void DropDoctype()
        {
            int i = _pos + 9;
            bool internalSubset = false;
            char quote = '\0';
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '[')
                {
                    internalSubset = true;
                    int close = text.IndexOf("]", i, StringComparison.Ordinal);
                    // Skip to the ']' that ends the subset; declarations inside may contain '>' but not ']'.
                    i = close < 0 ? text.Length - 1 : close;
                }
                else if (c == '>')
                {
                    break;
                }
            }
            Flush(_pos);
            _pos = Math.Min(text.Length, i + 1);
            _copiedUpTo = _pos;
            if (internalSubset)
            {
                problems.Add("DOCTYPE with entity declarations ignored; entities not expanded");
            }
        }

        private void EndTag()
        {
            int nameStart = _pos + 2;
            int nameEnd = ReadName(nameStart);
            var name = text.AsSpan(nameStart, nameEnd - nameStart);
            if (IsVoidHtmlElement(name))
            {
                // "</br>" or "</img>" would close an element we made self-closing; drop it.
                int gt = text.IndexOf('>', nameEnd);
                Flush(_pos);
                _pos = gt < 0 ? text.Length : gt + 1;
                _copiedUpTo = _pos;
                return;
            }
            _pos = nameEnd;
        }

        private void StartTag()
        {
            int nameStart = _pos + 1;
            int nameEnd = ReadName(nameStart);
            var name = text.AsSpan(nameStart, nameEnd - nameStart);
            NotePrefix(name);
            bool isVoid = IsVoidHtmlElement(name);
            _pos = nameEnd;

            // Walk the attributes: escape '&' and '<' inside values, note prefixed attribute names, find the end.
            char quote = '\0';
            while (_pos < text.Length)
            {
                char c = text[_pos];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                        _pos++;
                    }
                    else if (c == '&')
                    {
                        FixReference(inAttribute: true);
                    }
                    else if (c == '<')
                    {
                        Replace(1, "&lt;");
                    }
                    else
                    {
                        _pos++;
                    }
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                    _pos++;
                }
                else if (c == '>')
                {
                    if (isVoid && text[_pos - 1] != '/')
                    {
                        Replace(1, "/>");
                    }
                    else
                    {
                        _pos++;
                    }
                    return;
                }
                else if (c == '<')
                {
                    // A tag that never closed; let the next markup start here.
                    return;
                }
                else if (XmlChars.IsNameStart(c))
                {
                    int attrEnd = ReadName(_pos);
                    NotePrefix(text.AsSpan(_pos, attrEnd - _pos));
                    _pos = attrEnd;
                }
                else
                {
                    _pos++;
                }
            }
        }

        private int ReadName(int i)
        {
            while (i < text.Length && XmlChars.IsNameChar(text[i]))
            {
                i++;
            }
            return i;
        }

        private void NotePrefix(ReadOnlySpan<char> name)
        {
            int colon = name.IndexOf(':');
            if (colon > 0)
            {
                var prefix = name[..colon];
                if (!prefix.SequenceEqual("xml") && !prefix.SequenceEqual("xmlns"))
                {
                    // Lookup without allocating for the prefixes we have already seen.
                    var lookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
                    if (!lookup.Contains(prefix))
                    {
                        lookup.Add(prefix);
                    }
                }
            }
        }

        private static bool IsVoidHtmlElement(ReadOnlySpan<char> name)
        {
            if (name.Length > 5)
            {
                return false;
            }
            foreach (var element in VoidHtmlElements)
            {
                if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        private void FixReference(bool inAttribute)
        {
            var rest = text.AsSpan(_pos, Math.Min(40, text.Length - _pos));
            int semicolon = rest.IndexOf(';');
            if (semicolon >= 2)
            {
                var body = rest[1..semicolon];
                if (body[0] == '#')
                {
                    if (HtmlEntities.TryParseCodePoint(body[1..], out int cp))
                    {
                        if (XmlChars.IsValidCodePoint(cp) && cp is < 0x80 or > 0x9F)
                        {
                            _pos += semicolon + 1;
                        }
                        else
                        {
                            Replace(semicolon + 1, Escape(HtmlEntities.CodePointToString(cp), inAttribute));
                        }
                        return;
                    }
                }
                else if (IsEntityName(body))
                {
                    if (HtmlEntities.IsXmlPredefined(body))
                    {
                        _pos += semicolon + 1;
                        return;
                    }
                    string? value = HtmlEntities.Lookup(body);
                    if (value is not null)
                    {
                        problems.Add($"undeclared entity &{body}; replaced");
                        Replace(semicolon + 1, Escape(value, inAttribute));
                    }
                    else
                    {
                        problems.Add($"unknown entity &{body}; kept as text");
                        Replace(1, "&amp;");
                    }
                    return;
                }
            }
            _rawAmpersands++;
            Replace(1, "&amp;");
        }

        private static bool IsEntityName(ReadOnlySpan<char> body)
        {
            if (!char.IsAsciiLetter(body[0]))
            {
                return false;
            }
            foreach (char c in body)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-' && c != '.')
                {
                    return false;
                }
            }
            return true;
        }

        private static string Escape(string value, bool inAttribute)
        {
            if (value.AsSpan().IndexOfAny("<>&\"") < 0)
            {
                return value;
            }
            var sb = new StringBuilder(value.Length + 8);
            foreach (char c in value)
            {
                sb.Append(c switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    '"' when inAttribute => "&quot;",
                    _ => c.ToString(),
                });
            }
            return sb.ToString();
        }
    }
}
