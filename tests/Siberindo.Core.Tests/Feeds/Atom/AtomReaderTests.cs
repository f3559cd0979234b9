namespace Siberindo.Core.Tests.Feeds.Atom;

public class AtomReaderTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public void Reads_feed_metadata_of_an_atom10_feed()
    {
        var feed = FeedFixtures.Parse("Atom", "atom10-basic.xml");

        Assert.Equal("atom1.0", feed.Format);
        Assert.Equal("Warta Borneo Timur", feed.Title);
        Assert.Equal("https://warta-borneo.example/", feed.Link);
        Assert.Equal("Kabar dari Samarinda, Balikpapan dan sekitarnya", feed.Description);
        Assert.Equal("id", feed.Language);
        Assert.Equal(new DateTimeOffset(2023, 8, 5, 7, 5, 0, TimeSpan.FromHours(9)), feed.Updated);
        Assert.Empty(feed.Problems);
        Assert.Equal(2, feed.Entries.Count);
    }

    [Fact]
    public void Reads_entry_fields_resolving_links_against_xml_base()
    {
        var entry = FeedFixtures.Parse("Atom", "atom10-basic.xml").Entries[0];

        Assert.Equal("tag:warta-borneo.example,2023:berita-5521", entry.Id);
        Assert.Equal("https://warta-borneo.example/berita/2023/08/banjir-rob-pesisir", entry.Link);
        Assert.Equal("Banjir Rob Genangi Pesisir Balikpapan", entry.Title);
        Assert.Equal("Dewi Lestari", entry.Author);
        Assert.Equal(new DateTimeOffset(2023, 8, 5, 6, 30, 0, TimeSpan.FromHours(8)), entry.Published);
        Assert.Equal(new DateTimeOffset(2023, 8, 5, 7, 5, 0, TimeSpan.FromHours(8)), entry.Updated);
        Assert.Equal(["Lingkungan", "balikpapan"], entry.Categories);
        Assert.Equal("https://warta-borneo.example/media/banjir-rob.jpg", entry.Image);
        Assert.Equal("Air laut pasang menggenangi permukiman di pesisir Balikpapan sejak Sabtu pagi.", entry.Summary);
    }

    [Fact]
    public void Keeps_xhtml_content_as_sanitised_html_with_absolute_links()
    {
        var content = FeedFixtures.Parse("Atom", "atom10-basic.xml").Entries[0].Content!;

        Assert.Contains("<p>BALIKPAPAN \u2014 Air laut pasang menggenangi permukiman warga.</p>", content);
        Assert.Contains("href=\"https://warta-borneo.example/berita/2023/08/bpbd-siaga\"", content);
    }

    [Fact]
    public void Uses_the_entry_xml_base_the_feed_author_and_strips_iframes()
    {
        var entry = FeedFixtures.Parse("Atom", "atom10-basic.xml").Entries[1];

        Assert.Equal("https://warta-borneo.example/olahraga/persiba-menang-tipis", entry.Link);
        Assert.Equal("Redaksi Warta Borneo", entry.Author);
        Assert.Equal("https://warta-borneo.example/olahraga/thumb/persiba.jpg", entry.Image);
        Assert.Equal("<p>Persiba menang 1-0 atas tamunya.</p>", entry.Summary);
        Assert.Null(entry.Published);
    }

    [Fact]
    public void Atom03_with_escaped_and_base64_content()
    {
        var feed = FeedFixtures.Parse("Atom", "atom03.xml");

        Assert.Equal("atom0.3", feed.Format);
        Assert.Equal("Catatan redaksi dari khatulistiwa", feed.Description);
        Assert.Equal(new DateTimeOffset(2009, 12, 21, 10, 0, 0, TimeSpan.Zero), feed.Updated);
        Assert.Equal("<p>Fenomena <em>kulminasi</em> terjadi lagi.</p>", feed.Entries[0].Content);
        Assert.Equal(new DateTimeOffset(2009, 12, 21, 17, 0, 0, Wib), feed.Entries[0].Published);
        Assert.Equal(new DateTimeOffset(2009, 12, 21, 18, 0, 0, Wib), feed.Entries[0].Updated);
        Assert.Equal("Tim Redaksi", feed.Entries[0].Author);
        Assert.Equal("<p>Isi base64.</p>", feed.Entries[1].Content);
    }

    [Fact]
    public void Atom_without_its_namespace_is_still_read()
    {
        var feed = FeedFixtures.Parse("Atom", "atom-without-namespace.xml");

        Assert.Equal("atom1.0", feed.Format);
        Assert.Equal("https://kanalternate.example/festival-legu-gam", feed.Entries.Single().Link);
        Assert.Contains("atom feed without the Atom namespace", feed.Problems);
    }
}
