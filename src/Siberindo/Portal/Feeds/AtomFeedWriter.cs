using System.Xml;

namespace Siberindo.Portal.Feeds;

/// <summary>Atom 1.0 (RFC 4287): text constructs only, each entry authored by its outlet.</summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static void Write(XmlWriter xml, FeedChannel feed)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Ns);
        xml.WriteAttributeString("xml", "lang", null, FeedChannel.Language);
        xml.WriteElementString("id", Ns, feed.SelfUrl);
        xml.WriteElementString("title", Ns, feed.Title);
        xml.WriteElementString("subtitle", Ns, feed.Description);
        xml.WriteElementString("updated", Ns, PortalFormat.Iso(feed.Updated));
        Link(xml, "alternate", "text/html", feed.PageUrl);
        Link(xml, "self", FeedFormats.MediaType(FeedFormat.Atom), feed.SelfUrl);
        Author(xml, "Siberindo");
        foreach (var item in feed.Items)
        {
            xml.WriteStartElement("entry", Ns);
            xml.WriteElementString("id", Ns, feed.ItemId(item));
            xml.WriteElementString("title", Ns, item.Title);
            Link(xml, "alternate", "text/html", feed.ItemLink(item));
            xml.WriteElementString("published", Ns, PortalFormat.Iso(item.Published));
            xml.WriteElementString("updated", Ns, PortalFormat.Iso(item.Published));
            Author(xml, item.OutletName);
            if (!string.IsNullOrWhiteSpace(item.Excerpt)) xml.WriteElementString("summary", Ns, item.Excerpt);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, name);
        xml.WriteEndElement();
    }
}
