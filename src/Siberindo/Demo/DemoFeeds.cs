using System.Net;
using System.Text;
using System.Xml;

namespace Siberindo.Demo;

/// <summary>Writes a demo outlet's feed (RSS 2.0 or Atom 1.0) and pages, the way a small member's CMS would.</summary>
internal static class DemoFeeds
{
    public static string Feed(DemoOutlet outlet, IEnumerable<DemoArticle> articles, string baseUrl, bool fullText = false) =>
        outlet.Format == DemoFeedFormat.Rss ? Rss(outlet, articles, baseUrl, fullText) : Atom(outlet, articles, baseUrl, fullText);

    /// <summary>The entry's HTML: the lead, as most members' feeds give it, or every paragraph.</summary>
    private static string Summary(DemoArticle a, bool fullText) =>
        string.Concat(a.Paragraphs.Take(fullText ? int.MaxValue : 1).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    public static string ArticleUrl(DemoArticle a, string baseUrl) => $"{baseUrl}/{a.Outlet.Slug}/artikel/{a.Number}";

    /// <summary>
    /// The article's picture, or null: most articles of outlets that have pictures carry one. RSS outlets serve JPEG,
    /// Atom outlets PNG; an outlet with bad pictures takes its turn with an SVG with script, a pixel bomb and an HTML
    /// page sent as a JPEG.
    /// </summary>
    public static string? PictureUrl(DemoArticle a, string baseUrl)
    {
        if (a.Outlet.Pictures == DemoPictures.None || a.Number % 4 == 3) return null;
        var file = a.Outlet.Pictures == DemoPictures.Refusable
            ? (a.Number % 3) switch { 0 => "jahat.svg", 1 => "bom.png", _ => "palsu.jpg" }
            : a.Outlet.Format == DemoFeedFormat.Rss || a.Outlet.Pictures == DemoPictures.OnPage ? "foto.jpg" : "foto.png";
        return $"{baseUrl}/{a.Outlet.Slug}/gambar/{a.Number}/{file}";
    }

    /// <summary>The media type a picture is announced and served with (the HTML page posing as a JPEG included).</summary>
    public static string PictureType(string pictureUrl) =>
        pictureUrl.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml"
        : pictureUrl.EndsWith(".png", StringComparison.Ordinal) ? "image/png"
        : "image/jpeg";

    /// <summary>The picture in the feed itself, unless the outlet shows it only on its pages.</summary>
    private static string? FeedPictureUrl(DemoArticle a, string baseUrl) =>
        a.Outlet.Pictures == DemoPictures.OnPage ? null : PictureUrl(a, baseUrl);

    private static string Rss(DemoOutlet outlet, IEnumerable<DemoArticle> articles, string baseUrl, bool fullText)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteStartElement("channel");
            w.WriteElementString("title", outlet.Name);
            w.WriteElementString("link", $"{baseUrl}/{outlet.Slug}");
            w.WriteElementString("description", $"Berita {outlet.RegencyName} (data demo)");
            w.WriteElementString("language", "id");
            foreach (var a in articles)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", a.Title);
                w.WriteElementString("link", ArticleUrl(a, baseUrl));
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "false");
                w.WriteString($"{outlet.Slug}-{a.Number}");
                w.WriteEndElement();
                w.WriteElementString("pubDate", a.Published.ToString("r"));
                w.WriteElementString("description", Summary(a, fullText));
                if (FeedPictureUrl(a, baseUrl) is { } picture)
                {
                    w.WriteStartElement("enclosure");
                    w.WriteAttributeString("url", picture);
                    w.WriteAttributeString("type", PictureType(picture));
                    w.WriteAttributeString("length", "0");
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    private static string Atom(DemoOutlet outlet, IEnumerable<DemoArticle> articles, string baseUrl, bool fullText)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        var list = articles.ToList();
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            w.WriteStartElement("feed", ns);
            w.WriteElementString("title", ns, outlet.Name);
            w.WriteElementString("id", ns, $"{baseUrl}/{outlet.Slug}");
            w.WriteElementString("updated", ns, (list.FirstOrDefault()?.Published ?? DemoWorld.Epoch).ToString("yyyy-MM-ddTHH:mm:sszzz"));
            w.WriteStartElement("link", ns);
            w.WriteAttributeString("href", $"{baseUrl}/{outlet.Slug}");
            w.WriteEndElement();
            foreach (var a in list)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, a.Title);
                w.WriteElementString("id", ns, $"tag:demo,{outlet.Slug}:{a.Number}");
                w.WriteStartElement("link", ns);
                w.WriteAttributeString("rel", "alternate");
                w.WriteAttributeString("href", ArticleUrl(a, baseUrl));
                w.WriteEndElement();
                // Published in the outlet's own zone, as Indonesian CMSs do.
                w.WriteElementString("published", ns, a.Published.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz"));
                w.WriteElementString("updated", ns, a.Published.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz"));
                w.WriteStartElement("summary", ns);
                w.WriteAttributeString("type", "html");
                w.WriteString(Summary(a, fullText));
                w.WriteEndElement();
                if (FeedPictureUrl(a, baseUrl) is { } picture)
                {
                    w.WriteStartElement("link", ns);
                    w.WriteAttributeString("rel", "enclosure");
                    w.WriteAttributeString("type", PictureType(picture));
                    w.WriteAttributeString("href", picture);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    public static string OutletPage(DemoOutlet outlet, IEnumerable<DemoArticle> articles, string baseUrl)
    {
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{E(outlet.Name)}</title>");
        var type = outlet.Format == DemoFeedFormat.Rss ? "application/rss+xml" : "application/atom+xml";
        sb.Append($"<link rel=\"alternate\" type=\"{type}\" href=\"{baseUrl}/{outlet.Slug}/feed\"></head><body>");
        sb.Append($"<p><strong>DATA DEMO</strong> · media fiktif jaringan demo Siberindo</p><h1>{E(outlet.Name)}</h1><ul>");
        foreach (var a in articles) sb.Append($"<li><a href=\"{ArticleUrl(a, baseUrl)}\">{E(a.Title)}</a></li>");
        sb.Append("</ul></body></html>");
        return sb.ToString();
    }

    public static string ArticlePage(DemoArticle a, string baseUrl)
    {
        var sb = new StringBuilder();
        // The event id is the demo's ground truth, for whoever checks the portal's stories against it.
        sb.Append($"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{E(a.Title)}</title>");
        if (PictureUrl(a, baseUrl) is { } picture) sb.Append($"<meta property=\"og:image\" content=\"{E(picture)}\">");
        sb.Append($"<meta name=\"demo-event\" content=\"{E(a.EventId)}\"></head><body>");
        sb.Append($"<p><strong>DATA DEMO</strong> · {E(a.Outlet.Name)}</p><article><h1>{E(a.Title)}</h1>");
        sb.Append($"<p><time datetime=\"{a.Published:O}\">{a.Published.ToOffset(TimeSpan.FromHours(7)):d MMMM yyyy HH.mm} WIB</time></p>");
        foreach (var p in a.Paragraphs) sb.Append($"<p>{E(p)}</p>");
        sb.Append("</article></body></html>");
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
