namespace Siberindo.Core.Feeds.WebSub;

/// <summary>
/// Reads an HTTP <c>Link</c> header (RFC 8288), where WebSub publishers may announce the hub and the topic instead of
/// (or besides) links inside the feed: <c>&lt;https://hub.example/&gt;; rel="hub", &lt;https://site/feed&gt;; rel="self"</c>.
/// </summary>
public static class LinkHeader
{
    /// <summary>The first absolute http(s) target with the given relation, resolved against <paramref name="baseUri"/>.</summary>
    public static string? Find(IEnumerable<string> headerValues, string relation, Uri baseUri)
    {
        foreach (var header in headerValues)
        {
            int i = 0;
            while (i < header.Length)
            {
                int open = header.IndexOf('<', i);
                if (open < 0)
                {
                    break;
                }
                int close = header.IndexOf('>', open + 1);
                if (close < 0)
                {
                    break;
                }
                string target = header[(open + 1)..close].Trim();
                // The parameters run to the next link (a comma outside quotes) or the end.
                int end = close + 1;
                bool quoted = false;
                while (end < header.Length && (quoted || header[end] != ','))
                {
                    if (header[end] == '"')
                    {
                        quoted = !quoted;
                    }
                    end++;
                }
                if (HasRelation(header[(close + 1)..end], relation)
                    && Uri.TryCreate(baseUri, target, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    return url.AbsoluteUri;
                }
                i = end + 1;
            }
        }
        return null;
    }

    private static bool HasRelation(string parameters, string relation)
    {
        foreach (var parameter in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = parameter.IndexOf('=');
            if (equals < 0 || !parameter[..equals].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var values = parameter[(equals + 1)..].Trim().Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (values.Any(v => v.Equals(relation, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }
}
