using Siberindo.Core.Feeds.WebSub;
using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.Rss;

/// <summary>RSS 0.91-0.94 and 2.0: <c>&lt;rss&gt;&lt;channel&gt;</c> with items inside the channel (or, in some broken feeds, beside it).</summary>
internal static class RssReader
{
    public static ParsedFeed Read(XmlElementNode rss, FeedReadContext context)
    {
        string? version = rss.Attribute("version")?.Trim();
        string format;
        if (version is null)
        {
            context.Problems.Add("rss version missing; read as 2.0");
            format = "rss2.0";
        }
        else if (version.StartsWith("0.9", StringComparison.Ordinal))
        {
            format = "rss0.9x";
        }
        else
        {
            format = "rss2.0";
        }

        var channel = rss.Element("channel", "");
        if (channel is null)
        {
            context.Problems.Add("rss without a channel element");
            channel = rss;
        }

        string? title = null, link = null, description = null, language = null;
        DateTimeOffset? lastBuild = null, pubDate = null, dcDate = null;
        foreach (var child in channel.Elements())
        {
            if (child.NamespaceUri.Length == 0)
            {
                switch (child.LocalName)
                {
                    case "title": title ??= FeedReadContext.Plain(child.Text); break;
                    case "link": link ??= RssItemReader.NonEmpty(child.Text); break;
                    case "description": description ??= FeedReadContext.Plain(child.Text); break;
                    case "language": language ??= RssItemReader.NonEmpty(child.Text); break;
                    case "lastBuildDate": lastBuild ??= context.Date(child.Text); break;
                    case "pubDate": pubDate ??= context.Date(child.Text); break;
                }
            }
            else if (child.NamespaceUri == FeedNamespaces.DublinCore)
            {
                if (child.LocalName == "language")
                {
                    language ??= RssItemReader.NonEmpty(child.Text);
                }
                else if (child.LocalName == "date")
                {
                    dcDate ??= context.Date(child.Text);
                }
            }
            else if (child.NamespaceUri == FeedNamespaces.Atom && child.LocalName == "link"
                     && (child.Attribute("rel") ?? "alternate") == "alternate")
            {
                link ??= RssItemReader.NonEmpty(child.Attribute("href"));
            }
        }

        string? absoluteLink = context.Link(link, channel.XmlBase ?? context.Options.BaseUri);
        context.FeedLink = absoluteLink is null ? null : new Uri(absoluteLink);

        var entries = new List<FeedEntry>();
        // Items normally sit in the channel; some generators put them directly under <rss>.
        foreach (var item in channel.Elements("item", "").Concat(channel == rss ? [] : rss.Elements("item", "")))
        {
            if (!item.IsComplete)
            {
                continue;
            }
            if (!context.RoomFor(entries))
            {
                break;
            }
            entries.Add(RssItemReader.Read(item, "", context));
        }

        var (hub, self) = WebSubLinks.Find(channel, channel.XmlBase ?? context.Options.BaseUri, context);
        return new ParsedFeed(format, title, absoluteLink, description, language, lastBuild ?? pubDate ?? dcDate, [], entries) { Hub = hub, Self = self };
    }
}
