using Siberindo.Core.Feeds.Dates;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Feeds.Xml;
using Siberindo.Core.Text;

namespace Siberindo.Core.Feeds;

/// <summary>What every format reader needs while it works: the options, the problem log, and the shared conversions.</summary>
internal sealed class FeedReadContext(FeedParseOptions options, ProblemLog problems)
{
    public FeedParseOptions Options { get; } = options;
    public ProblemLog Problems { get; } = problems;

    /// <summary>The feed's own link (channel link), used before the fetch address to resolve relative entry links.</summary>
    public Uri? FeedLink { get; set; }

    /// <summary>The base for an element: its xml:base, else the feed's link, else the address the document came from.</summary>
    public Uri? BaseFor(XmlElementNode? element) => element?.XmlBase ?? FeedLink ?? Options.BaseUri;

    public string? Link(string? raw, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        string? resolved = UrlResolver.Resolve(raw, baseUri);
        if (resolved is null)
        {
            Problems.Add($"link '{Shorten(raw.Trim())}' is not an absolute http(s) URL and could not be resolved");
        }
        return resolved;
    }

    public DateTimeOffset? Date(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (FeedDates.TryParse(raw, Options.DefaultOffset, out var value))
        {
            return value;
        }
        Problems.Add($"unrecognised date '{Shorten(raw.Trim())}'");
        return null;
    }

    public string? Html(string? html, Uri? baseUri) => ContentSanitizer.SanitizeHtml(html, baseUri);

    public static string? Plain(string? text) => PlainText.FromMarkup(text);

    /// <summary>Whether another entry may be added; notes the cut once when the limit is reached.</summary>
    public bool RoomFor(List<FeedEntry> entries)
    {
        if (entries.Count < Options.MaxEntries)
        {
            return true;
        }
        Problems.Add($"more than {Options.MaxEntries} entries; the rest were ignored");
        return false;
    }

    public static string Shorten(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 77), "...");
}
