namespace Siberindo.Core.Tests.Feeds.Rss;

/// <summary>The lead image of an entry, which the portal turns into the card's thumbnail.</summary>
public class ItemImageTests
{
    [Fact]
    public void Takes_each_items_image_from_enclosure_media_or_the_first_real_picture_of_its_content()
    {
        var entries = FeedFixtures.Parse("Rss", "rss-item-images.xml").Entries;

        Assert.Equal(
            [
                "https://wartabaliem.example/foto/jibama.jpg",
                // A video's poster frame, not the video.
                "https://wartabaliem.example/video/festival-poster.jpg",
                // The audio enclosure is no image; the counter pixel and the share icon are passed over.
                "https://wartabaliem.example/foto/kopi-wamena.jpg",
                // Only a counter pixel: no image at all rather than a 1x1 thumbnail.
                null,
                // Media RSS wins over an image in the text.
                "https://wartabaliem.example/foto/puskesmas.png",
            ],
            entries.Select(e => e.Image));
    }

    [Fact]
    public void An_image_sized_in_percent_is_not_taken_for_a_tracking_pixel()
    {
        var feed = FeedFixtures.TryParse("""
            <rss version="2.0"><channel><title>t</title><link>https://contoh.example/</link>
            <item><title>a</title><link>https://contoh.example/a</link>
            <description><![CDATA[<p><img src="/foto/lebar.jpg" width="100%"> Teks.</p>]]></description></item>
            </channel></rss>
            """).Feed!;

        Assert.Equal("https://contoh.example/foto/lebar.jpg", feed.Entries[0].Image);
    }
}
