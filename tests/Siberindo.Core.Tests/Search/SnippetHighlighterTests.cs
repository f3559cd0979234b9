using Siberindo.Core.Search;

namespace Siberindo.Core.Tests.Search;

public sealed class SnippetHighlighterTests
{
    private static SnippetHighlighter For(string query) => new(SearchQuery.Parse(query).Terms);

    [Fact]
    public void Marks_every_form_of_the_query_words_and_nothing_that_merely_looks_like_them()
    {
        var html = For("pemberantasan berita").Highlight("Polisi memberantas narkoba; Ita membaca berita tentang pemberantasan.");

        Assert.Equal("Polisi <mark>memberantas</mark> narkoba; Ita membaca <mark>berita</mark> tentang <mark>pemberantasan</mark>.", html);
    }

    [Fact]
    public void Encodes_html_in_the_text_and_marks_reduplicated_words_and_acronyms_whole()
    {
        var html = For("anak bpbd").Highlight("<b>Anak-anak</b> & BPBD \"siaga\"");

        Assert.Equal("&lt;b&gt;<mark>Anak-anak</mark>&lt;/b&gt; &amp; <mark>BPBD</mark> &quot;siaga&quot;", html);
    }

    [Fact]
    public void Shouted_headlines_are_marked_too()
    {
        Assert.Equal("<mark>GEMPA</mark> <mark>GUNCANG</mark> MAJENE", For("gempa mengguncang").Highlight("GEMPA GUNCANG MAJENE"));
    }

    [Fact]
    public void Snippet_is_the_window_where_most_distinct_query_words_meet()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Warga berkumpul di balai desa sejak pagi.", 12));
        var text = $"Banjir kecil tercatat. {filler} Banjir merendam sawah dan longsor menutup jalan desa. {filler}";

        var snippet = For("banjir longsor").Snippet(text, maxChars: 160);

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>Banjir</mark> merendam sawah dan <mark>longsor</mark> menutup jalan desa.", snippet);
        Assert.True(snippet.Replace("<mark>", "").Replace("</mark>", "").Length <= 162);
    }

    [Fact]
    public void Snippet_without_a_match_is_the_start_of_the_text_cut_at_a_word()
    {
        var snippet = For("gempa").Snippet("Harga cabai naik tajam menjelang lebaran di pasar induk kota", maxChars: 30);

        Assert.Equal("Harga cabai naik tajam…", snippet);
    }

    [Fact]
    public void Short_text_is_returned_whole()
    {
        Assert.Equal("Air <mark>banjir</mark> surut.", For("kebanjiran").Snippet("Air banjir surut."));
    }
}
