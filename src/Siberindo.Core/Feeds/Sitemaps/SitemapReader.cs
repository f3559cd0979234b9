using Siberindo.Core.Feeds.Rss;
using Siberindo.Core.Feeds.Xml;

namespace Siberindo.Core.Feeds.Sitemaps;

/// <summary>
/// Sitemaps as feeds: a plain urlset (links with lastmod), a Google News sitemap (news:title, news:publication_date),
/// or a sitemapindex, whose entries are the child sitemaps the crawler should fetch next.
/// Element names are matched without regard to namespace, as many sitemaps use an old or wrong one.
/// </summary>
internal static class SitemapReader
{
    public static ParsedFeed Read(XmlElementNode root, FeedReadContext context)
    {
        bool isIndex = root.LocalName == "sitemapindex";
        string childName = isIndex ? "sitemap" : "url";
        bool hasNews = false;
        string? publication = null;
        string? language = null;
        var entries = new List<FeedEntry>();
        foreach (var url in root.Elements())
        {
            if (url.LocalName != childName || !url.IsComplete)
            {
                continue;
            }
            if (!context.RoomFor(entries))
            {
                break;
            }
            var baseUri = context.BaseFor(url);
            string? link = context.Link(Child(url, "loc")?.Text, baseUri);
            var lastModified = context.Date(Child(url, "lastmod")?.Text);
            string? title = null;
            DateTimeOffset? published = null;
            var categories = new List<string>();
            var news = Child(url, "news");
            if (news is not null)
            {
                hasNews = true;
                title = FeedReadContext.Plain(Child(news, "title")?.Text);
                published = context.Date(Child(news, "publication_date")?.Text);
                var publicationElement = Child(news, "publication");
                publication ??= FeedReadContext.Plain(Child(publicationElement, "name")?.Text);
                language ??= RssItemReader.NonEmpty(Child(publicationElement, "language")?.Text);
                foreach (var keyword in (Child(news, "keywords")?.Text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    RssItemReader.AddCategory(categories, keyword);
                }
            }
            string? image = UrlResolver.Resolve(Child(Child(url, "image"), "loc")?.Text, baseUri);
            entries.Add(new FeedEntry(link, link, title, null, null, null, published, lastModified, categories, image));
        }

        string format;
        if (isIndex)
        {
            format = "sitemapindex";
            context.Problems.Add("sitemapindex: the entries are child sitemaps to fetch, not articles");
        }
        else
        {
            format = hasNews ? "newssitemap" : "sitemap";
        }
        return new ParsedFeed(format, publication, null, null, language, null, [], entries);
    }

    private static XmlElementNode? Child(XmlElementNode? parent, string localName)
    {
        if (parent is null)
        {
            return null;
        }
        foreach (var child in parent.Elements())
        {
            if (child.LocalName == localName)
            {
                return child;
            }
        }
        return null;
    }
}
