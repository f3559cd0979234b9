using System.Net;
using System.Text;

namespace Siberindo.Tests.Crawling;

/// <summary>Small feeds and pages written for a test, in the shape members' CMSs produce.</summary>
internal static class TestFeeds
{
    /// <summary>An RSS 2.0 feed with one item per time, newest first; optional WebSub links and full content.</summary>
    public static string Rss(string baseUrl, IEnumerable<DateTimeOffset> published, string? hub = null, string? self = null, bool content = false, string prefix = "berita")
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>");
        sb.Append($"<title>Kabar Uji</title><link>{baseUrl}/</link><description>Media uji</description>");
        if (hub is not null) sb.Append($"<atom:link rel=\"hub\" href=\"{hub}\"/>");
        if (self is not null) sb.Append($"<atom:link rel=\"self\" href=\"{self}\"/>");
        var n = 0;
        foreach (var time in published.OrderDescending())
        {
            n++;
            var slug = $"{prefix}-{time.ToUnixTimeSeconds()}";
            sb.Append($"<item><title>Berita {WebUtility.HtmlEncode(slug)}</title><link>{baseUrl}/{slug}</link><guid>{slug}</guid>");
            sb.Append($"<pubDate>{time:r}</pubDate><description>&lt;p&gt;Ringkasan {slug}.&lt;/p&gt;</description>");
            if (content) sb.Append($"<content:encoded><![CDATA[<p>Paragraf pertama {slug}.</p><p>Paragraf kedua.</p>]]></content:encoded>");
            sb.Append("</item>");
        }
        sb.Append("</channel></rss>");
        return sb.ToString();
    }

    public static string ArticlePage(string title, params string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return $"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>" +
               "<nav><a href=\"/\">Beranda</a> <a href=\"/daerah\">Daerah</a> <a href=\"/olahraga\">Olahraga</a></nav>" +
               $"<article><h1>{title}</h1>{body}</article>" +
               "<aside><h3>Terpopuler</h3><ul><li><a href=\"/a\">Berita lain satu</a></li><li><a href=\"/b\">Berita lain dua</a></li></ul></aside>" +
               "<footer>© Kabar Uji. Hak cipta dilindungi.</footer></body></html>";
    }
}
