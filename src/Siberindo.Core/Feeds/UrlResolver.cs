namespace Siberindo.Core.Feeds;

/// <summary>Makes the links feeds carry absolute http(s) URLs, forgiving the whitespace and raw characters CMSs leave in them.</summary>
internal static class UrlResolver
{
    /// <summary>
    /// The absolute form of <paramref name="raw"/> against <paramref name="baseUri"/>; null when it is empty, cannot be
    /// made absolute, or is not http(s) (a "javascript:" link must never reach a page).
    /// </summary>
    public static string? Resolve(string? raw, Uri? baseUri)
    {
        var uri = ResolveUri(raw, baseUri);
        return uri?.AbsoluteUri;
    }

    public static Uri? ResolveUri(string? raw, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        string text = RemoveWhitespace(raw);
        Uri? uri;
        // On Unix "/path" parses as an absolute file: URI, so anything starting with '/' is treated as relative.
        if (text[0] != '/' && Uri.TryCreate(text, UriKind.Absolute, out var absolute))
        {
            uri = absolute;
        }
        else if (baseUri is not null && Uri.TryCreate(baseUri, text, out var combined))
        {
            uri = combined;
        }
        else if (text.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate("https:" + text, UriKind.Absolute, out var schemeless))
        {
            uri = schemeless;
        }
        else
        {
            return null;
        }
        return uri.Scheme is "http" or "https" ? uri : null;
    }

    /// <summary>Resolves an xml:base value, which may itself be relative to the enclosing one.</summary>
    public static Uri? ResolveBase(string value, Uri? parent) => ResolveUri(value, parent) ?? parent;

    private static string RemoveWhitespace(string raw)
    {
        var span = raw.AsSpan().Trim();
        if (span.IndexOfAny(" \t\r\n") < 0)
        {
            return span.Length == raw.Length ? raw : span.ToString();
        }
        // Line breaks inside a URL are layout; an inner space is a real character the CMS forgot to encode.
        var sb = new System.Text.StringBuilder(span.Length + 8);
        foreach (char c in span)
        {
            if (c is '\r' or '\n' or '\t')
            {
                continue;
            }
            if (c == ' ')
            {
                sb.Append("%20");
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
