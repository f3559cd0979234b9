namespace Siberindo.Core.Tests.Feeds.Sitemaps;

/// <summary>Sitemaps read as feeds: a plain urlset, a Google News sitemap, a sitemap index.</summary>
public class SitemapReaderTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public void Plain_sitemap_with_lastmod_and_images()
    {
        var feed = FeedFixtures.Parse("Sitemaps", "sitemap-urlset.xml");

        Assert.Equal("sitemap", feed.Format);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("https://detakbanten.example/2024/11/pantai-anyer-ramai", feed.Entries[0].Link);
        Assert.Equal(new DateTimeOffset(2024, 11, 2, 8, 15, 0, Wib), feed.Entries[0].Updated);
        Assert.Equal("https://detakbanten.example/img/anyer.jpg", feed.Entries[0].Image);
        Assert.Equal(new DateTimeOffset(2024, 11, 1, 0, 0, 0, Wib), feed.Entries[1].Updated);
        Assert.Null(feed.Entries[1].Title);
    }

    [Fact]
    public void Google_news_sitemap_with_titles_and_publication_dates()
    {
        var feed = FeedFixtures.Parse("Sitemaps", "sitemap-google-news.xml");

        Assert.Equal("newssitemap", feed.Format);
        Assert.Equal("Mataram News", feed.Title);
        Assert.Equal("id", feed.Language);
        var first = feed.Entries[0];
        Assert.Equal("Gempa M 4,2 Guncang Lombok Utara, Warga Sempat Panik", first.Title);
        Assert.Equal(new DateTimeOffset(2023, 8, 5, 7, 5, 0, TimeSpan.FromHours(8)), first.Published);
        Assert.Equal(["gempa", "Lombok Utara", "BMKG"], first.Categories);
        Assert.Equal(new DateTimeOffset(2023, 8, 5, 6, 0, 0, TimeSpan.FromHours(8)), feed.Entries[1].Published);
    }

    [Fact]
    public void Sitemap_index_lists_the_child_sitemaps()
    {
        var feed = FeedFixtures.Parse("Sitemaps", "sitemap-index.xml");

        Assert.Equal("sitemapindex", feed.Format);
        Assert.Equal(
            ["https://mataramnews.example/sitemap-news.xml", "https://mataramnews.example/sitemap-posts-2023-08.xml"],
            feed.Entries.Select(e => e.Link));
        Assert.Contains(feed.Problems, p => p.StartsWith("sitemapindex"));
    }
}
