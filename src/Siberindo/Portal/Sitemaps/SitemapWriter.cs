using System.Text;
using System.Xml;

namespace Siberindo.Portal.Sitemaps;

/// <summary>sitemaps.org documents (a URL set, a sitemap index) and Google News sitemaps, as UTF-8 bytes.</summary>
public static class SitemapWriter
{
    public const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9", NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string ContentType = "application/xml; charset=utf-8";

    public sealed record Url(string Location, DateTime? LastModified = null);
    public sealed record NewsUrl(string Location, string Title, DateTime Published);

    public static byte[] UrlSet(IEnumerable<Url> urls) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Ns);
        foreach (var url in urls) Entry(xml, "url", url);
        xml.WriteEndElement();
    });

    public static byte[] Index(IEnumerable<Url> sitemaps) => Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Ns);
        foreach (var sitemap in sitemaps) Entry(xml, "sitemap", sitemap);
        xml.WriteEndElement();
    });

    public static byte[] News(IEnumerable<NewsUrl> urls) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Ns);
        xml.WriteAttributeString("xmlns", "news", null, NewsNs);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, url.Location);
            xml.WriteStartElement("news", NewsNs);
            xml.WriteStartElement("publication", NewsNs);
            xml.WriteElementString("name", NewsNs, "Siberindo");
            xml.WriteElementString("language", NewsNs, "id");
            xml.WriteEndElement();
            xml.WriteElementString("publication_date", NewsNs, PortalFormat.Iso(url.Published));
            xml.WriteElementString("title", NewsNs, Feeds.FeedItem.XmlSafe(url.Title));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void Entry(XmlWriter xml, string element, Url url)
    {
        xml.WriteStartElement(element, Ns);
        xml.WriteElementString("loc", Ns, url.Location);
        if (url.LastModified is { } modified) xml.WriteElementString("lastmod", Ns, PortalFormat.Iso(modified));
        xml.WriteEndElement();
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
