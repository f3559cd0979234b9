using System.Globalization;
using System.Xml;

namespace Siberindo.Portal.Feeds;

/// <summary>RSS 2.0, with the outlet as <c>dc:creator</c> (RSS's own author element must be an e-mail address).</summary>
public static class RssFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom", Dc = "http://purl.org/dc/elements/1.1/";

    public static void Write(XmlWriter xml, FeedChannel feed)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, Atom);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", feed.Title);
        xml.WriteElementString("link", feed.PageUrl);
        xml.WriteElementString("description", feed.Description);
        xml.WriteElementString("language", FeedChannel.Language);
        xml.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("href", feed.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", FeedFormats.MediaType(FeedFormat.Rss));
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", item.Title);
            xml.WriteElementString("link", feed.ItemLink(item));
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "false");
            xml.WriteString(feed.ItemId(item));
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", Rfc822(item.Published));
            xml.WriteElementString("creator", Dc, item.OutletName);
            if (!string.IsNullOrWhiteSpace(item.Excerpt)) xml.WriteElementString("description", item.Excerpt);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>"Wed, 02 Dec 2026 01:10:20 GMT".</summary>
    public static string Rfc822(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);
}
