namespace Siberindo.Portal.Feeds;

/// <summary>The three feed formats every list page offers, by the file name appended to the page's path.</summary>
public enum FeedFormat { Rss, Atom, Json }

public static class FeedFormats
{
    public static readonly FeedFormat[] All = [FeedFormat.Rss, FeedFormat.Atom, FeedFormat.Json];

    public static string FileName(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "feed.xml",
        FeedFormat.Atom => "feed.atom",
        _ => "feed.json",
    };

    /// <summary>The media type, as the <c>type</c> of a <c>&lt;link rel="alternate"&gt;</c>.</summary>
    public static string MediaType(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml",
        FeedFormat.Atom => "application/atom+xml",
        _ => "application/feed+json",
    };

    public static string ContentType(FeedFormat format) => MediaType(format) + "; charset=utf-8";

    public static string Label(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "RSS",
        FeedFormat.Atom => "Atom",
        _ => "JSON Feed",
    };

    /// <summary>A page's feed: "/provinsi/banten" gives "/provinsi/banten/feed.xml"; the home page ("") "/feed.xml".</summary>
    public static string Href(string pagePath, FeedFormat format, string query = "") => $"{pagePath.TrimEnd('/')}/{FileName(format)}{query}";
}
