using Siberindo.Core.Competition;
using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.Competition;

public sealed class EntryTextTests
{
    [Fact]
    public void Only_the_small_subset_survives()
    {
        var safe = EntryText.Sanitize("<p onclick=\"x()\">Halo <b>dunia</b><script>alert(1)</script></p><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">tautan</a><style>p{}</style>");
        Assert.DoesNotContain("script", safe);
        Assert.DoesNotContain("onclick", safe);
        Assert.DoesNotContain("<img", safe);
        Assert.DoesNotContain("javascript", safe);
        Assert.DoesNotContain("<a", safe);
        Assert.Contains("<b>dunia</b>", safe);
        Assert.Contains("tautan", safe);
    }

    [Fact]
    public void Plain_text_becomes_paragraphs_and_xhtml_is_well_formed()
    {
        var safe = EntryText.Sanitize("Paragraf satu & dua.\nBaris kedua.\n\nParagraf \"dua\" > satu");
        Assert.Equal("<p>Paragraf satu &amp; dua.<br>Baris kedua.</p><p>Paragraf \"dua\" &gt; satu</p>", safe);
        var xhtml = EntryText.ToXhtml(safe);
        System.Xml.Linq.XElement.Parse("<div>" + xhtml + "</div>");
        Assert.Contains("<br />", xhtml);
        Assert.Equal(["Paragraf satu & dua.", "Baris kedua.", "Paragraf \"dua\" > satu"], EntryText.Blocks(safe).Select(b => b.Text));
    }

    [Fact]
    public void Indonesian_words_break_at_syllables_with_debians_hyphen_id()
    {
        const string path = "/usr/share/hyphen/hyph_id_ID.dic";
        Assert.True(File.Exists(path), "hyphen-id is not installed (scripts/test.sh installs it)");
        var h = Hyphenator.Load(path);
        Assert.Equal("pe-me-rin-tah", h.Show("pemerintah"));
        Assert.Equal("war-ta-wan", h.Show("wartawan"));
        Assert.Equal("ke-bu-da-ya-an", h.Show("kebudayaan"));
    }

    [Fact]
    public void Liang_patterns_mark_odd_points_and_respect_the_minimums()
    {
        var h = new Hyphenator(["ISO8859-1", "1ba", "1ca", "a1a"]);
        Assert.Equal("ba-ca-a-ba", h.Show("bacaaba"));
        Assert.Equal("aba", h.Show("aba"));
    }
}

public sealed class EntryTextScriptTests
{
    [Fact]
    public void Script_and_style_go_with_their_content()
    {
        var safe = EntryText.Sanitize("<p>Tambahan <script>alert(1)</script>paragraf.<style>p{color:red}</style></p><div>isi <span>div</span></div>");
        Assert.Equal("<p>Tambahan paragraf.</p>isi div", safe);
    }
}
