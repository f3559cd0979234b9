using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.Text;

/// <summary>An article's full text for the indexes and its excerpt for cards.</summary>
public sealed class ArticleTextTests
{
    [Fact]
    public void The_full_text_is_the_body_else_the_summary_with_its_paragraphs()
    {
        Assert.Equal("Isi.\n\nLagi.", ArticleText.Full("Isi.\n\nLagi.", "<p>Ringkasan</p>"));
        Assert.Equal("Satu\n\nDua", ArticleText.Full(null, "<p>Satu</p><p>Dua</p>"));
        Assert.Equal("", ArticleText.Full(" ", null));
    }

    [Fact]
    public void The_excerpt_prefers_the_summary_and_reads_its_html()
    {
        Assert.Equal("Ringkasan dari redaksi & tim", ArticleText.Excerpt("Isi berita.", "<p>Ringkasan <b>dari</b> redaksi &amp; tim</p><script>x()</script>"));
        Assert.Equal("Ringkasan polos", ArticleText.Excerpt("Isi berita.", "Ringkasan  polos"));
    }

    [Fact]
    public void Without_a_summary_the_excerpt_is_the_body_on_one_line()
    {
        Assert.Equal("Paragraf satu. Paragraf dua.", ArticleText.Excerpt("Paragraf satu.\n\nParagraf dua.\n", " "));
        Assert.Equal("Isi berita.", ArticleText.Excerpt("Isi berita.", "<p> </p>"));
        Assert.Equal("Isi berita.", ArticleText.Excerpt("Isi berita.", "<img src=\"https://warta.example/foto.jpg\">")); // a picture, no words
    }

    [Fact]
    public void A_long_excerpt_is_cut_at_a_word_within_its_length()
    {
        var body = string.Join(" ", Enumerable.Range(1, 200).Select(i => $"kata{i},"));
        var excerpt = ArticleText.Excerpt(body, null)!;
        Assert.True(excerpt.Length <= ArticleText.ExcerptLength, $"{excerpt.Length} characters");
        Assert.EndsWith("…", excerpt);
        Assert.DoesNotContain(",…", excerpt);
        Assert.StartsWith("kata1, kata2,", excerpt);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", "\n")]
    public void No_text_no_excerpt(string? body, string? summary) => Assert.Null(ArticleText.Excerpt(body, summary));
}
