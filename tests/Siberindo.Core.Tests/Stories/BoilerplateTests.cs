using Siberindo.Core.Stories;

namespace Siberindo.Core.Tests.Stories;

public class BoilerplateTests
{
    [Theory]
    [InlineData("PALU \u2013 Warga memadati alun-alun.")]
    [InlineData("Kota Tangerang\u2014Warga memadati alun-alun.")]
    [InlineData("kabarsigi.id, Kabupaten Sigi\u2014 Warga memadati alun-alun.")]
    [InlineData("PALU, kabarsigi.id \u2013 PALU \u2013 Warga memadati alun-alun.")]
    [InlineData("KOTAWARINGIN TIMUR \u2013 SAMPIT \u2013 Warga memadati alun-alun.")]
    public void Datelines_are_removed(string paragraph) =>
        Assert.Equal("Warga memadati alun-alun.", Boilerplate.StripDateline(paragraph));

    [Fact]
    public void A_sentence_with_a_hyphenated_word_is_not_a_dateline() =>
        Assert.Equal("Sebanyak 42 kelompok tampil di Alun-alun Garut.", Boilerplate.StripDateline("Sebanyak 42 kelompok tampil di Alun-alun Garut."));

    [Fact]
    public void Links_headline_lists_credits_and_footers_are_removed()
    {
        var body = "PALU \u2013 Isi berita pertama.\n\nBaca Juga: Judul Berita Lain di Palu\n\nIsi berita kedua.\n\n(rls/red)\nEditor: Rina\n\n"
                   + "- Banjir Rendam Tiga Desa\n- Festival Teluk Palu Digelar\n\n"
                   + "Dapatkan update berita pilihan setiap hari dari kabarsigi.id. Mari bergabung di kanal WhatsApp kabarsigi.id.";
        Assert.Equal(["Isi berita pertama.", "Isi berita kedua."], Boilerplate.ContentParagraphs(body));
    }

    [Fact]
    public void Region_prefix_of_a_title_is_removed() =>
        Assert.Equal("Pemkab Sigi Bagikan Bibit", Boilerplate.CleanTitle("Kabupaten Sigi: Pemkab Sigi Bagikan Bibit"));

    [Fact]
    public void An_outlets_repeated_footer_is_learnt()
    {
        var footers = new OutletFooters();
        List<string> Article(string text) => [text, "Kabar Sigi, tepercaya sejak 2019."];
        footers.RemoveAndLearn("kabarsigi.id", Article("Berita satu."), out _);
        footers.RemoveAndLearn("kabarsigi.id", Article("Berita dua."), out _);
        Assert.Equal(["Berita tiga."], footers.RemoveAndLearn("kabarsigi.id", Article("Berita tiga."), out _));
        Assert.Equal(2, footers.RemoveAndLearn("other.id", Article("Berita empat."), out _).Count);
    }
}
