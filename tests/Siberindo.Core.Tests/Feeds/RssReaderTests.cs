using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

public class RssReaderTests
{
    [Fact]
    public void Reads_channel_metadata_of_an_rss20_feed()
    {
        var feed = FeedFixtures.Parse("rss20-basic.xml");

        Assert.Equal("rss2.0", feed.Format);
        Assert.Equal("Kabar Teluk Palu", feed.Title);
        Assert.Equal("https://kabartelukpalu.example/", feed.Link);
        Assert.Equal("Berita terkini dari Palu dan Sulawesi Tengah", feed.Description);
        Assert.Equal("id-ID", feed.Language);
        Assert.Equal(new DateTimeOffset(2021, 6, 10, 15, 40, 12, TimeSpan.Zero), feed.Updated);
        Assert.Empty(feed.Problems);
        Assert.Equal(2, feed.Entries.Count);
    }

    [Fact]
    public void Reads_item_fields_and_modules()
    {
        var entry = FeedFixtures.Parse("rss20-basic.xml").Entries[0];

        Assert.Equal("https://kabartelukpalu.example/?p=10231", entry.Id);
        Assert.Equal("https://kabartelukpalu.example/2021/06/10/wali-kota-resmikan-pasar-rakyat/", entry.Link);
        Assert.Equal("Wali Kota Resmikan Pasar Rakyat di Palu Barat", entry.Title);
        Assert.Equal("Redaksi KTP", entry.Author);
        Assert.Equal(new DateTimeOffset(2021, 6, 10, 22, 32, 0, TimeSpan.FromHours(7)), entry.Published);
        Assert.Null(entry.Updated);
        Assert.Equal(["Daerah", "Ekonomi"], entry.Categories);
        Assert.Equal("https://kabartelukpalu.example/wp-content/uploads/2021/06/pasar-1024x576.jpg", entry.Image);
        Assert.StartsWith("<p>PALU \u2013 Wali Kota", entry.Summary);
    }

    [Fact]
    public void Sanitises_content_and_makes_its_urls_absolute()
    {
        var content = FeedFixtures.Parse("rss20-basic.xml").Entries[0].Content!;

        Assert.DoesNotContain("<script", content);
        Assert.DoesNotContain("onerror", content);
        Assert.DoesNotContain("javascript:", content);
        Assert.Contains("src=\"https://kabartelukpalu.example/wp-content/uploads/2021/06/pasar.jpg\"", content);
        Assert.Contains("href=\"https://kabartelukpalu.example/2021/06/09/harga-cabai/\"", content);
    }

    [Fact]
    public void Takes_the_name_from_an_rss_author_email_and_the_image_from_media_content()
    {
        var entry = FeedFixtures.Parse("rss20-basic.xml").Entries[1];

        Assert.Equal("Nur Aisyah", entry.Author);
        Assert.Equal("https://kabartelukpalu.example/img/nomoni.jpg", entry.Image);
        Assert.Equal(entry.Link, entry.Id);
        Assert.Equal("Festival tahunan kembali digelar di Pantai Talise setelah dua tahun libur.", entry.Summary);
        Assert.Null(entry.Content);
    }
}
