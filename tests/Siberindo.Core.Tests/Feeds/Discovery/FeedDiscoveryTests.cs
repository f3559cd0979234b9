using Siberindo.Core.Feeds.Discovery;

namespace Siberindo.Core.Tests.Feeds.Discovery;

/// <summary>Where a site announces its feeds: alternate links in its pages, sitemaps in its robots.txt.</summary>
public class FeedDiscoveryTests
{
    [Fact]
    public void Discovery_reads_alternate_links_and_robots_sitemaps()
    {
        var html = """
            <html><head><base href="https://kabar.example/portal/">
            <link rel="alternate" type="application/rss+xml" title="Berita" href="feed/">
            <link rel="alternate" type="application/atom+xml" href="https://kabar.example/atom.xml">
            <link rel="alternate" type="application/rss+xml" href="feed/">
            <link rel="alternate" hreflang="en" href="https://kabar.example/en/">
            <link rel="stylesheet" type="text/css" href="/s.css">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head></html>
            """;
        var links = FeedDiscovery.FromHtml(html, new Uri("https://kabar.example/"));
        Assert.Equal(["https://kabar.example/portal/feed/", "https://kabar.example/atom.xml"], links.Select(l => l.Url));
        Assert.Equal("Berita", links[0].Title);

        var robots = "User-agent: *\r\nDisallow: /wp-admin/\r\nSitemap: https://kabar.example/sitemap_index.xml\r\nsitemap: /news-sitemap.xml\nSitemap: ftp://x/y\n";
        Assert.Equal(["https://kabar.example/sitemap_index.xml", "https://kabar.example/news-sitemap.xml"],
            FeedDiscovery.SitemapsFromRobots(robots, new Uri("https://kabar.example/robots.txt")));
    }
}
