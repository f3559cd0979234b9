namespace Siberindo.Core.Feeds;

/// <summary>Namespace URIs of the vocabularies feeds mix in, and the prefixes they are normally written with.</summary>
internal static class FeedNamespaces
{
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DublinCoreTerms = "http://purl.org/dc/terms/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string GoogleNews = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string GoogleImage = "http://www.google.com/schemas/sitemap-image/1.1";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Used when a document uses a prefix it never declares: the usual meaning, so the element is still understood.</summary>
    public static readonly IReadOnlyDictionary<string, string> WellKnownPrefixes = new Dictionary<string, string>
    {
        ["atom"] = Atom,
        ["rdf"] = Rdf,
        ["content"] = Content,
        ["dc"] = DublinCore,
        ["dcterms"] = DublinCoreTerms,
        ["media"] = Media,
        ["itunes"] = Itunes,
        ["news"] = GoogleNews,
        ["image"] = GoogleImage,
        ["xhtml"] = Xhtml,
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["georss"] = "http://www.georss.org/georss",
        ["feedburner"] = "http://rssnamespace.org/feedburner/ext/1.0",
    };

    /// <summary>Namespace given to an undeclared prefix nobody knows, so reading can go on.</summary>
    public static string Undeclared(string prefix) => "urn:x-siberindo:undeclared:" + prefix;
}
