namespace Siberindo.Core.Tests.Feeds.JsonFeed;

/// <summary>JSON Feed 1.0 and 1.1, and JSON that is not a feed.</summary>
public class JsonFeedReaderTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public void Json_feed_11()
    {
        var feed = FeedFixtures.Parse("JsonFeed", "jsonfeed11.json");

        Assert.Equal("jsonfeed1.1", feed.Format);
        Assert.Equal("Sorot Cirebon", feed.Title);
        Assert.Equal("Berita Cirebon & sekitarnya", feed.Description);
        Assert.Equal("id-ID", feed.Language);
        Assert.Equal(2, feed.Entries.Count);

        var first = feed.Entries[0];
        Assert.Equal("https://sorotcirebon.example/2025/08/05/batik-trusmi-ekspor", first.Link);
        Assert.Equal("https://sorotcirebon.example/media/batik-trusmi.jpg", first.Image);
        Assert.Equal("Siti Rohmah, Agus Salim", first.Author);
        Assert.Equal(["Ekonomi", "UMKM"], first.Categories);
        Assert.DoesNotContain("script", first.Content);
        Assert.StartsWith("<p>CIREBON \u2013 Perajin batik Trusmi mengirim", first.Content);
        Assert.Equal(new DateTimeOffset(2025, 8, 5, 10, 0, 0, Wib), first.Updated);

        var second = feed.Entries[1];
        Assert.Equal("4409", second.Id);
        Assert.Equal("Empal Gentong Favorit Pemudik", second.Title);
        Assert.Equal("Redaksi Sorot Cirebon", second.Author);
        Assert.Equal("Warung empal gentong di Plered ramai pemudik.\nAntrean mengular sejak pagi.", second.Content);
        Assert.Equal(new DateTimeOffset(2025, 8, 4, 12, 15, 0, Wib), second.Published);
    }

    [Fact]
    public void Json_feed_10_with_an_author_object_and_trailing_commas()
    {
        var feed = FeedFixtures.Parse("JsonFeed", "jsonfeed10-author-object.json");

        Assert.Equal("jsonfeed1.0", feed.Format);
        Assert.Equal("Redaksi Kabar Kudus", feed.Entries.Single().Author);
    }

    [Theory]
    [InlineData("{\"name\": \"bukan feed\"}", "the document is JSON but not a JSON Feed (no version, no items)")]
    [InlineData("[1, 2, 3]", "the document is JSON but not a JSON Feed (no top-level object)")]
    public void Json_that_is_not_a_feed_is_refused(string json, string expected)
    {
        Assert.Equal(expected, FeedFixtures.TryParse(json).Error);
    }

    [Fact]
    public void Broken_json_is_refused_with_the_reason()
    {
        var result = FeedFixtures.TryParse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [");

        Assert.StartsWith("the document is not valid JSON", result.Error);
    }
}
