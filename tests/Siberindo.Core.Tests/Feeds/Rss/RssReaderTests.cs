using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds.Rss;

public class RssReaderTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public void Reads_channel_metadata_of_an_rss20_feed()
    {
        var feed = FeedFixtures.Parse("Rss", "rss20-basic.xml");

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
        var entry = FeedFixtures.Parse("Rss", "rss20-basic.xml").Entries[0];

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
        var content = FeedFixtures.Parse("Rss", "rss20-basic.xml").Entries[0].Content!;

        Assert.DoesNotContain("<script", content);
        Assert.DoesNotContain("onerror", content);
        Assert.DoesNotContain("javascript:", content);
        Assert.Contains("src=\"https://kabartelukpalu.example/wp-content/uploads/2021/06/pasar.jpg\"", content);
        Assert.Contains("href=\"https://kabartelukpalu.example/2021/06/09/harga-cabai/\"", content);
    }

    [Fact]
    public void Takes_the_name_from_an_rss_author_email_and_the_image_from_media_content()
    {
        var entry = FeedFixtures.Parse("Rss", "rss20-basic.xml").Entries[1];

        Assert.Equal("Nur Aisyah", entry.Author);
        Assert.Equal("https://kabartelukpalu.example/img/nomoni.jpg", entry.Image);
        Assert.Equal(entry.Link, entry.Id);
        Assert.Equal("Festival tahunan kembali digelar di Pantai Talise setelah dua tahun libur.", entry.Summary);
        Assert.Null(entry.Content);
    }

    [Fact]
    public void Rss091_with_the_netscape_doctype_and_html_entities()
    {
        var feed = FeedFixtures.Parse("Rss", "rss091-netscape-doctype.xml");
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
        var feed = FeedFixtures.Parse("Rss", "rss10-rdf.xml");

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
    public void Relative_links_resolve_against_xml_base_then_the_channel_link()
    {
        var feed = FeedFixtures.Parse("Rss", "rss-relative-links.xml", new FeedParseOptions { BaseUri = new Uri("https://cdn.example/feed.xml") });

        Assert.Equal("https://bintangminahasa.example/2024/08/tomohon-flower-festival", feed.Entries[0].Link);
        Assert.Contains("src=\"https://bintangminahasa.example/uploads/tff.jpg\"", feed.Entries[0].Summary);
        Assert.Contains("href=\"https://bintangminahasa.example/berita/tff-hari-kedua\"", feed.Entries[0].Summary);
        Assert.Equal("https://bintangminahasa.example/uploads/tff.jpg", feed.Entries[0].Image);
        Assert.Equal("https://bintangminahasa.example/olahraga/sulut-united-imbang", feed.Entries[1].Link);
    }

    [Fact]
    public void Relative_links_fall_back_to_the_fetch_address()
    {
        var options = new FeedParseOptions { BaseUri = new Uri("https://infohalmahera.example/rss/index.xml") };

        var feed = FeedFixtures.Parse("Rss", "rss-no-channel-link.xml", options);

        Assert.Equal("https://infohalmahera.example/rss/berita/jalan-trans-halmahera.html", feed.Entries.Single().Link);
    }

    [Fact]
    public void Relative_links_without_any_base_are_dropped_with_a_problem()
    {
        var feed = FeedFixtures.Parse("Rss", "rss-no-channel-link.xml");

        Assert.Null(feed.Entries.Single().Link);
        Assert.Contains(feed.Problems, p => p.Contains("berita/jalan-trans-halmahera.html"));
    }

    [Fact]
    public void Titles_become_plain_text()
    {
        var feed = FeedFixtures.Parse("Rss", "rss-html-in-title.xml");

        Assert.Equal("Portal Berita Jambi", feed.Title);
        Assert.Equal("BREAKING: Banjir di Sungai Batanghari \"Siaga 2\"", feed.Entries[0].Title);
        Assert.Equal("Harga Cabai Rp 60.000 & Bawang Naik", feed.Entries[1].Title);
    }

    [Fact]
    public void Unescaped_html_in_a_description_is_kept_as_html()
    {
        var feed = FeedFixtures.Parse("Rss", "rss-unescaped-html-in-description.xml");

        Assert.Equal(2, feed.Entries.Count);
        var summary = feed.Entries[0].Summary!;
        Assert.Contains("<b>resmi dibuka</b>", summary);
        Assert.Contains("<br>Warga menyambut gembira.", summary);
        Assert.Contains("src=\"https://suaraogan.example/img/jembatan.jpg\"", summary);
    }
}
