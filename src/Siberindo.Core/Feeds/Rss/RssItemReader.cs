using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.Rss;

/// <summary>
/// Reads one RSS item (0.9x, 1.0 and 2.0 share the shape; only the namespace of the core elements differs) with the
/// modules outlets add: content:encoded, dc:creator, dc:date, dc:subject, media:*, enclosures and atom:link.
/// </summary>
internal static class RssItemReader
{
    public static FeedEntry Read(XmlElementNode item, string ns, FeedReadContext context)
    {
        var baseUri = context.BaseFor(item);
        string? guid = null;
        bool guidIsPermalink = false;
        string? link = null;
        string? title = null;
        string? summary = null;
        string? content = null;
        string? author = null;
        DateTimeOffset? published = null;
        DateTimeOffset? updated = null;
        var categories = new List<string>();

        foreach (var child in item.Elements())
        {
            string name = child.LocalName;
            string childNs = child.NamespaceUri;
            if (childNs == ns || childNs.Length == 0)
            {
                switch (name)
                {
                    case "title":
                        title ??= FeedReadContext.Plain(child.Text);
                        break;
                    case "link":
                        link ??= NonEmpty(child.Text) ?? NonEmpty(child.Attribute("href"));
                        break;
                    case "guid":
                        guid ??= NonEmpty(child.Text);
                        guidIsPermalink = !string.Equals(child.Attribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "description":
                        summary ??= MarkupOf(child);
                        break;
                    case "author":
                        author ??= AuthorName(child.Text);
                        break;
                    case "pubDate":
                        published ??= context.Date(child.Text);
                        break;
                    case "category":
                        AddCategory(categories, child.Text);
                        break;
                }
                continue;
            }
            switch (childNs)
            {
                case FeedNamespaces.Content when name == "encoded":
                    content ??= MarkupOf(child);
                    break;
                case FeedNamespaces.DublinCore:
                    switch (name)
                    {
                        case "creator":
                            author ??= AuthorName(child.Text);
                            break;
                        case "date":
                            published ??= context.Date(child.Text);
                            break;
                        case "subject":
                            AddCategory(categories, child.Text);
                            break;
                        case "identifier":
                            guid ??= NonEmpty(child.Text);
                            break;
                    }
                    break;
                case FeedNamespaces.DublinCoreTerms when name is "modified":
                    updated ??= context.Date(child.Text);
                    break;
                case FeedNamespaces.Atom:
                    switch (name)
                    {
                        case "link" when (child.Attribute("rel") ?? "alternate") == "alternate":
                            link ??= NonEmpty(child.Attribute("href"));
                            break;
                        case "updated":
                            updated ??= context.Date(child.Text);
                            break;
                        case "published":
                            published ??= context.Date(child.Text);
                            break;
                    }
                    break;
                case FeedNamespaces.Itunes when name == "author":
                    author ??= AuthorName(child.Text);
                    break;
            }
        }

        // RSS 1.0 carries the permalink in rdf:about.
        link ??= NonEmpty(item.Attribute("about", FeedNamespaces.Rdf));
        if (link is null && guid is not null && guidIsPermalink && LooksLikeUrl(guid))
        {
            link = guid;
        }
        string? absoluteLink = context.Link(link, baseUri);
        string? summaryHtml = context.Html(summary, baseUri);
        string? contentHtml = context.Html(content, baseUri);
        string? image = MediaImages.Find(item, context)
            ?? ContentSanitizer.FirstImageSource(contentHtml ?? summaryHtml);

        return new FeedEntry(
            Id: guid ?? absoluteLink,
            Link: absoluteLink,
            Title: title,
            Summary: summaryHtml,
            Content: contentHtml,
            Author: author,
            Published: published,
            Updated: updated,
            Categories: categories,
            Image: image);
    }

    /// <summary>
    /// The HTML an element carries: usually escaped text or CDATA, but some CMSs write the HTML unescaped, which
    /// the XML reader turned into child elements; those are written back as markup.
    /// </summary>
    public static string? MarkupOf(XmlElementNode element) =>
        element.HasElementChildren ? element.InnerHtml() : NonEmpty(element.Text);

    /// <summary>RSS 2.0 authors are "email (Name)"; the name is what readers want.</summary>
    public static string? AuthorName(string? raw)
    {
        string? text = FeedReadContext.Plain(raw);
        if (text is null)
        {
            return null;
        }
        int open = text.IndexOf('(');
        int close = text.LastIndexOf(')');
        if (open >= 0 && close > open + 1 && text.AsSpan(0, open).Contains('@'))
        {
            return text[(open + 1)..close].Trim();
        }
        return text;
    }

    public static void AddCategory(List<string> categories, string? raw)
    {
        string? text = FeedReadContext.Plain(raw);
        if (text is not null && !categories.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            categories.Add(text);
        }
    }

    public static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool LooksLikeUrl(string s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
