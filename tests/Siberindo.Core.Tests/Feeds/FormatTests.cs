using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>The older and rarer formats: RSS 0.91, RSS 1.0 (RDF), Atom 0.3, JSON Feed, sitemaps.</summary>
public class FormatTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public void Rss091_with_the_netscape_doctype_and_html_entities()
    {
        var feed = FeedFixtures.Parse("rss091-netscape-doctype.xml");
        var entry = feed.Entries.Single();

        Assert.Equal("rss0.9x", feed.Format);
        Assert.Equal("id", feed.Language);
        Assert.Equal("Benteng Marlborough Dipugar \u00bb Pengunjung Naik", entry.Title);
        Assert.Equal("http://beritabengkulu-lama.example/arsip.php?id=77&kat=wisata", entry.Link);
        Assert.DoesNotContain(feed.Problems, p => p.Contains("DOCTYPE"));
    }

    [Fact]
    public void Rss10_rdf_with_items_beside_the_channel()
    {
        var feed = FeedFixtures.Parse("rss10-rdf.xml");

        Assert.Equal("rss1.0", feed.Format);
        Assert.Equal("Jurnal Sumatera Barat", feed.Title);
        Assert.Equal("https://jurnalsumbar.example/", feed.Link);
        Assert.Equal("id", feed.Language);
        Assert.Equal(new DateTimeOffset(2022, 3, 14, 8, 0, 0, Wib), feed.Updated);
        Assert.Equal(2, feed.Entries.Count);

        var first = feed.Entries[0];
        Assert.Equal("Rahmat Fauzi", first.Author);
        Assert.Equal(new DateTimeOffset(2022, 3, 14, 7, 45, 0, Wib), first.Published);
        Assert.Equal(["Budaya"], first.Categories);
        Assert.Equal("<p>PADANG \u2013 Pemprov Sumbar menyiapkan dokumen.</p>", first.Content);

        // No <link>: the rdf:about is the permalink; a date without zone is in the default offset.
        var second = feed.Entries[1];
        Assert.Equal("https://jurnalsumbar.example/berita/jam-gadang", second.Link);
        Assert.Equal(new DateTimeOffset(2022, 3, 13, 19, 0, 0, Wib), second.Published);
    }

    [Fact]
    public void Atom03_with_escaped_and_base64_content()
    {
        var feed = FeedFixtures.Parse("atom03.xml");

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
        var feed = FeedFixtures.Parse("atom-without-namespace.xml");

        Assert.Equal("atom1.0", feed.Format);
        Assert.Equal("https://kanalternate.example/festival-legu-gam", feed.Entries.Single().Link);
        Assert.Contains("atom feed without the Atom namespace", feed.Problems);
    }

    [Fact]
    public void Json_feed_11()
    {
        var feed = FeedFixtures.Parse("jsonfeed11.json");

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
        var feed = FeedFixtures.Parse("jsonfeed10-author-object.json");

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

    [Fact]
    public void Plain_sitemap_with_lastmod_and_images()
    {
        var feed = FeedFixtures.Parse("sitemap-urlset.xml");

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
        var feed = FeedFixtures.Parse("sitemap-google-news.xml");

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
        var feed = FeedFixtures.Parse("sitemap-index.xml");

        Assert.Equal("sitemapindex", feed.Format);
        Assert.Equal(
            ["https://mataramnews.example/sitemap-news.xml", "https://mataramnews.example/sitemap-posts-2023-08.xml"],
            feed.Entries.Select(e => e.Link));
        Assert.Contains(feed.Problems, p => p.StartsWith("sitemapindex"));
    }
}
