using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.Text;

/// <summary>The plain text of titles and names, the whitespace rule and the cut that excerpts and teasers share.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Banjir Rob Genangi <b>Pesisir</b>   Balikpapan", "Banjir Rob Genangi Pesisir Balikpapan")]
    [InlineData("Satu<br>Dua", "Satu Dua")]
    [InlineData("Satu<br/>Dua<P class=\"x\">Tiga</P>Empat", "Satu Dua Tiga Empat")]
    [InlineData("Ka<b>ta</b> ber<span lang=\"id\">sambung</span>", "Kata bersambung")] // inline tags do not split words
    [InlineData("Harga<!-- iklan --> cabai", "Harga cabai")]
    [InlineData("Harga &lt; Rp10 ribu", "Harga < Rp10 ribu")]
    [InlineData("harga < Rp10 ribu", "harga < Rp10 ribu")] // a lone "<" is text, not a tag
    [InlineData("Cabai &amp; Bawang &quot;Naik&quot; &hellip;", "Cabai & Bawang \"Naik\" …")]
    [InlineData("Tanpa &entitas; dikenal", "Tanpa &entitas; dikenal")]
    [InlineData("  Judul\n\tdengan\u00A0spasi  ", "Judul dengan spasi")]
    public void Markup_becomes_one_line_of_plain_text(string markup, string expected) =>
        Assert.Equal(expected, PlainText.FromMarkup(markup));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData("<b> </b><br>")]
    public void Nothing_left_is_null(string? markup) => Assert.Null(PlainText.FromMarkup(markup));

    [Fact]
    public void Collapsing_makes_every_run_of_whitespace_one_space_and_none_at_the_ends()
    {
        Assert.Equal("Satu dua tiga empat", PlainText.CollapseWhitespace("\n Satu  dua\r\n\ttiga\u00A0\u00A0empat \n"));
        Assert.Equal("", PlainText.CollapseWhitespace(" \t\n"));
        var clean = "Sudah rapi";
        Assert.Same(clean, PlainText.CollapseWhitespace(clean));
    }

    [Fact]
    public void Collapsing_can_stop_once_the_text_is_long_enough()
    {
        var collapsed = PlainText.CollapseWhitespace(string.Join("  ", Enumerable.Repeat("kata", 1000)), stopAfter: 20);
        Assert.Equal("kata kata kata kata k", collapsed); // one character past the limit: the caller knows it was cut
    }

    [Fact]
    public void Short_text_is_not_cut() => Assert.Equal("Pendek saja.", PlainText.Shorten("Pendek saja.", 12));

    [Fact]
    public void Long_text_is_cut_at_a_word_and_marked_without_the_punctuation_before_the_cut()
    {
        Assert.Equal("Satu dua…", PlainText.Shorten("Satu dua tiga empat", 12));
        Assert.Equal("Satu, dua…", PlainText.Shorten("Satu, dua, tiga empat", 12));
        Assert.True(PlainText.Shorten(string.Join(' ', Enumerable.Repeat("berita", 100)), 240).Length <= 240);
    }

    [Fact]
    public void Text_without_a_space_in_its_second_half_is_cut_mid_word_and_never_between_surrogates()
    {
        Assert.Equal("Sa abcdefgh…", PlainText.Shorten("Sa abcdefghijklmnop", 12));
        Assert.Equal(new string('a', 239) + "…", PlainText.Shorten(new string('a', 500), 240)); // no space at all
        Assert.Equal("abcdefghij…", PlainText.Shorten("abcdefghij\U0001F600xyz", 12)); // the emoji would have been halved
    }

    [Theory]
    [InlineData("p", true)]
    [InlineData("BR", true)]
    [InlineData("li", true)]
    [InlineData("b", false)]
    [InlineData("span", false)]
    [InlineData("a", false)]
    public void Blocks_and_line_breaks_separate_words_inline_elements_do_not(string element, bool separates) =>
        Assert.Equal(separates, PlainText.SeparatesWords(element));
}
