using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.Rss;

/// <summary>
/// RSS 1.0 (and its ancestor RSS 0.90): an <c>rdf:RDF</c> root whose items are siblings of the channel, not children.
/// </summary>
internal static class RdfReader
{
    public static ParsedFeed Read(XmlElementNode rdf, FeedReadContext context)
    {
        // RSS 0.90 used its own namespace; everything else about the shape is the same.
        string ns = rdf.Element("channel", FeedNamespaces.Rss090) is not null ? FeedNamespaces.Rss090 : FeedNamespaces.Rss10;
        string format = ns == FeedNamespaces.Rss090 ? "rss0.9x" : "rss1.0";
        var channel = rdf.Element("channel", ns) ?? rdf.Element("channel", "");
        if (channel is null)
        {
            context.Problems.Add("rdf document without a channel element");
        }

        string? link = null;
        string? language = null;
        DateTimeOffset? updated = null;
        if (channel is not null)
        {
            link = context.Link(RssItemReader.NonEmpty(channel.Element("link", ns)?.Text ?? channel.Element("link", "")?.Text)
                                ?? RssItemReader.NonEmpty(channel.Attribute("about", FeedNamespaces.Rdf)),
                channel.XmlBase ?? context.Options.BaseUri);
            language = RssItemReader.NonEmpty(channel.Element("language", FeedNamespaces.DublinCore)?.Text);
            updated = context.Date(channel.Element("date", FeedNamespaces.DublinCore)?.Text);
        }
        context.FeedLink = link is null ? null : new Uri(link);

        var entries = new List<FeedEntry>();
        foreach (var item in rdf.Elements())
        {
            if (item.LocalName != "item" || (item.NamespaceUri != ns && item.NamespaceUri.Length != 0) || !item.IsComplete)
            {
                continue;
            }
            if (!context.RoomFor(entries))
            {
                break;
            }
            entries.Add(RssItemReader.Read(item, ns, context));
        }

        return new ParsedFeed(
            format,
            FeedReadContext.Plain((channel?.Element("title", ns) ?? channel?.Element("title", ""))?.Text),
            link,
            FeedReadContext.Plain((channel?.Element("description", ns) ?? channel?.Element("description", ""))?.Text),
            language,
            updated,
            [],
            entries);
    }
}
