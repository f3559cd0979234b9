namespace Siberindo.Core.Tests.Feeds.Xml;

/// <summary>One test per real-world defect; each fixture in testdata/ holds just that defect.</summary>
public class ToleranceTests
{
    [Fact]
    public void Undeclared_html_entities_become_characters()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-undeclared-html-entities.xml");
        var entry = feed.Entries.Single();

        Assert.Equal("Harga BBM di Wamena Turun\u2026 Warga Lega", entry.Title);
        Assert.Equal("Berita Papua Pegunungan \u00a9 2024", feed.Description);
        Assert.Equal("\u201cKami bersyukur,\u201d kata Yohana \u2013 pedagang di Pasar Jibama. Caf\u00e9 ikut turunkan harga.", entry.Summary);
        Assert.Contains("undeclared entity &nbsp; replaced", feed.Problems);
        Assert.Contains("undeclared entity &hellip; replaced", feed.Problems);
    }

    [Fact]
    public void Raw_ampersands_in_text_and_urls_are_kept()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-raw-ampersand.xml");
        var entry = feed.Entries.Single();

        Assert.Equal("Tribun Kota & Desa", feed.Title);
        Assert.Equal("Q&A seputar pemilu", feed.Description);
        Assert.Equal("Tanya & Jawab: Cara Cek DPT Online", entry.Title);
        Assert.Equal("https://tribunkotadesa.example/index.php?option=com_content&view=article&id=812&catid=9", entry.Link);
        Assert.Equal("https://tribunkotadesa.example/index.php?option=com_content&view=article&id=812", entry.Id);
        Assert.Equal("https://tribunkotadesa.example/images/dpt.jpg?w=800&h=450", entry.Image);
        Assert.Contains(feed.Problems, p => p.Contains("raw '&' escaped"));
    }

    [Fact]
    public void Windows1252_bytes_under_a_utf8_declaration_are_decoded_as_windows1252()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-windows1252-declared-utf8.xml");
        var entry = feed.Entries.Single();

        Assert.Equal("Harga Kopi \u201cArabika Toraja\u201d Naik \u2013 Petani Senang", entry.Title);
        // The valid UTF-8 "é" in the same document survives.
        Assert.Contains("Kafe Caf\u00e9 di Makale", entry.Summary);
        Assert.Contains(feed.Problems, p => p.StartsWith("encoding declared utf-8 but bytes are windows-1252"));
    }

    [Fact]
    public void Iso_8859_1_is_decoded_and_c1_references_read_as_windows1252()
    {
        var entry = FeedFixtures.Parse("Xml", "rss-iso-8859-1.xml").Entries.Single();

        Assert.Equal("Pentas Seni di Caf\u00e9 Pelangi \u2013 Ramai Pengunjung", entry.Title);
        Assert.Equal("Acara berlangsung meriah \u00b1 tiga jam.", entry.Summary);
    }

    [Fact]
    public void Utf8_bytes_under_an_iso_8859_1_declaration_are_read_as_utf8()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-iso-8859-1-declared-but-utf8.xml");

        Assert.Equal("Festival Moyo \u2013 \u201cSumbawa Bangkit\u201d", feed.Entries.Single().Title);
        Assert.Contains("encoding declared iso-8859-1 but bytes are utf-8", feed.Problems);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-utf16le-with-bom.xml");

        Assert.Equal("Festival Pulau Banyak \u2013 Wisata Bahari", feed.Entries.Single().Title);
        Assert.Empty(feed.Problems);
    }

    [Fact]
    public void Byte_order_mark_and_blank_lines_before_the_prolog_are_removed()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-bom-and-blank-lines-before-prolog.xml");

        Assert.Equal("Radar Kepulauan Riau", feed.Title);
        Assert.Single(feed.Entries);
        Assert.Contains("whitespace before the XML declaration removed", feed.Problems);
    }

    [Fact]
    public void A_php_warning_before_the_prolog_is_cut()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-php-warning-before-prolog.xml");

        Assert.Equal("Pasar Terapung Lok Baintan Kembali Ramai", feed.Entries.Single().Title);
        Assert.Contains(feed.Problems, p => p.EndsWith("characters of garbage before the XML removed"));
    }

    [Fact]
    public void Control_characters_are_removed()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-control-characters.xml");
        var entry = feed.Entries.Single();

        Assert.Equal("Kabar Flores Timur", feed.Title);
        Assert.Equal("Nelayan Larantuka Panen Ikan Tongkol", entry.Title);
        Assert.Equal("Hasil tangkapan meningkat sejak awal bulan.", entry.Summary);
        Assert.Contains("5 control characters removed", feed.Problems);
    }

    [Fact]
    public void Numeric_references_to_c1_codes_mean_windows1252_and_forbidden_ones_are_dropped()
    {
        var entry = FeedFixtures.Parse("Xml", "rss-numeric-windows1252-references.xml").Entries.Single();

        Assert.Equal("\u201cBegawi\u201d Adat Digelar di Way Kanan \u2013 Ribuan Warga Hadir", entry.Title);
    }

    [Fact]
    public void A_truncated_document_keeps_its_complete_entries()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-truncated.xml");

        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("Berita Nomor 2 dari Kendari", feed.Entries[1].Title);
        Assert.Contains("document truncated after 2 entries", feed.Problems);
    }

    [Fact]
    public void Undeclared_namespace_prefixes_are_understood()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-undeclared-namespace-prefixes.xml");
        var entry = feed.Entries.Single();

        Assert.Equal("Moh. Hasan", entry.Author);
        Assert.Equal("https://kabarmadura.example/img/karapan.jpg", entry.Image);
        Assert.Contains("namespace prefix 'media' used without declaration", feed.Problems);
        Assert.Contains("namespace prefix 'jnews' used without declaration", feed.Problems);
    }

    [Fact]
    public void Billion_laughs_entities_are_never_expanded()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-billion-laughs.xml");

        Assert.Equal("&lol9;", feed.Title);
        Assert.Equal("Item &lol9;", feed.Entries.Single().Title);
        Assert.Contains("DOCTYPE with entity declarations ignored; entities not expanded", feed.Problems);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var feed = FeedFixtures.Parse("Xml", "rss-external-entities.xml");
        var entry = feed.Entries.Single();

        Assert.Equal("&passwd;", feed.Title);
        Assert.Equal("&remote;", entry.Title);
        Assert.DoesNotContain("root:", entry.Summary ?? "");
    }
}
