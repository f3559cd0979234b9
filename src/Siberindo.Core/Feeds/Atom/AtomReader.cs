using System.Text;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Feeds.Rss;
using Siberindo.Core.Feeds.WebSub;
using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.Atom;

/// <summary>Atom 1.0 and the older Atom 0.3 (different namespace, escaped/base64 content modes, issued/modified dates).</summary>
internal static class AtomReader
{
    public static ParsedFeed Read(XmlElementNode feed, FeedReadContext context)
    {
        string ns = feed.NamespaceUri;
        bool isAtom03 = ns == FeedNamespaces.Atom03 || feed.Attribute("version")?.Trim() == "0.3";
        if (ns.Length == 0)
        {
            context.Problems.Add("atom feed without the Atom namespace");
        }

        var feedBase = feed.XmlBase ?? context.Options.BaseUri;
        string? link = context.Link(AlternateLink(feed), feedBase);
        context.FeedLink = link is null ? null : new Uri(link);

        string? title = FeedReadContext.Plain(feed.Element("title", ns)?.Text);
        string? description = FeedReadContext.Plain((feed.Element("subtitle", ns) ?? feed.Element("tagline", ns))?.Text);
        DateTimeOffset? updated = context.Date((feed.Element("updated", ns) ?? feed.Element("modified", ns))?.Text);
        string? feedAuthor = AuthorNames(feed, ns);

        var entries = new List<FeedEntry>();
        foreach (var entry in feed.Elements("entry", ns))
        {
            if (!entry.IsComplete)
            {
                continue;
            }
            if (!context.RoomFor(entries))
            {
                break;
            }
            entries.Add(ReadEntry(entry, ns, feedAuthor, context));
        }
        var (hub, self) = WebSubLinks.Find(feed, feedBase, context);
        return new ParsedFeed(isAtom03 ? "atom0.3" : "atom1.0", title, link, description, feed.XmlLang, updated, [], entries) { Hub = hub, Self = self };
    }

    private static FeedEntry ReadEntry(XmlElementNode entry, string ns, string? feedAuthor, FeedReadContext context)
    {
        // Atom resolves against xml:base first; our BaseFor falls back to the feed link, then the fetch address.
        var baseUri = context.BaseFor(entry);
        string? link = context.Link(AlternateLink(entry), baseUri);
        string? summary = context.Html(TextConstructHtml(entry.Element("summary", ns), context), baseUri);
        var contentElement = entry.Element("content", ns);
        string? content = contentElement?.Attribute("src") is null
            ? context.Html(TextConstructHtml(contentElement, context), context.BaseFor(contentElement ?? entry))
            : null;

        var categories = new List<string>();
        foreach (var category in entry.Elements("category", ns))
        {
            RssItemReader.AddCategory(categories, category.Attribute("label") ?? category.Attribute("term") ?? category.Text);
        }
        foreach (var subject in entry.Elements("subject", FeedNamespaces.DublinCore))
        {
            RssItemReader.AddCategory(categories, subject.Text);
        }

        var published = context.Date((entry.Element("published", ns) ?? entry.Element("issued", ns) ?? entry.Element("created", ns))?.Text);
        var updated = context.Date((entry.Element("updated", ns) ?? entry.Element("modified", ns))?.Text);
        string? image = MediaImages.Find(entry, context) ?? ContentSanitizer.FirstImageSource(content ?? summary);

        return new FeedEntry(
            Id: RssItemReader.NonEmpty(entry.Element("id", ns)?.Text) ?? link,
            Link: link,
            Title: FeedReadContext.Plain(entry.Element("title", ns)?.Text),
            Summary: summary,
            Content: content,
            Author: AuthorNames(entry, ns) ?? feedAuthor,
            Published: published,
            Updated: updated,
            Categories: categories,
            Image: image);
    }

    /// <summary>The href of the first link with rel="alternate" (the default when rel is missing).</summary>
    private static string? AlternateLink(XmlElementNode parent)
    {
        foreach (var link in parent.Elements())
        {
            if (link.LocalName != "link")
            {
                continue;
            }
            string rel = link.Attribute("rel")?.Trim() ?? "alternate";
            string? href = link.Attribute("href");
            if (rel == "alternate" && !string.IsNullOrWhiteSpace(href))
            {
                return href;
            }
        }
        return null;
    }

    private static string? AuthorNames(XmlElementNode parent, string ns)
    {
        List<string>? names = null;
        foreach (var author in parent.Elements("author", ns))
        {
            string? name = FeedReadContext.Plain(author.Element("name", ns)?.Text ?? author.Text);
            if (name is not null)
            {
                (names ??= []).Add(name);
            }
        }
        if (names is null)
        {
            var creator = parent.Element("creator", FeedNamespaces.DublinCore);
            return creator is null ? null : FeedReadContext.Plain(creator.Text);
        }
        return string.Join(", ", names);
    }

    /// <summary>
    /// HTML for an Atom text construct: type="html" (or 0.3 mode="escaped") is escaped HTML, type="xhtml"
    /// (or mode="xml") is inline markup, mode="base64" is encoded, and type="text" is plain text — unless it
    /// plainly contains tags, which many generators do.
    /// </summary>
    private static string? TextConstructHtml(XmlElementNode? element, FeedReadContext context)
    {
        if (element is null)
        {
            return null;
        }
        string type = element.Attribute("type")?.Trim().ToLowerInvariant() ?? "text";
        string mode = element.Attribute("mode")?.Trim().ToLowerInvariant() ?? "";
        if (mode == "base64")
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(element.Text.Trim()));
            }
            catch (FormatException)
            {
                context.Problems.Add("atom content in base64 mode is not valid base64");
                return null;
            }
        }
        if (element.HasElementChildren || type is "xhtml" or "application/xhtml+xml" || mode == "xml")
        {
            return element.HasElementChildren ? element.InnerHtml() : RssItemReader.NonEmpty(element.Text);
        }
        string text = element.Text;
        if (type is "html" or "text/html" || mode == "escaped" || LooksLikeHtml(text))
        {
            return RssItemReader.NonEmpty(text);
        }
        return ContentSanitizer.TextToHtml(text);
    }

    private static bool LooksLikeHtml(string text)
    {
        int lt = text.IndexOf('<');
        return lt >= 0 && lt + 1 < text.Length && (char.IsAsciiLetter(text[lt + 1]) || text[lt + 1] == '/') && text.IndexOf('>', lt) > 0;
    }
}
