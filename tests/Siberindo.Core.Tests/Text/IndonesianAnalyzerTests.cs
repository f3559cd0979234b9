using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.Text;

public class IndonesianAnalyzerTests
{
    private static readonly IndonesianAnalyzer Analyzer = IndonesianAnalyzer.Default;

    private static string Analyze(string text) => Analyzer.AnalyzeToString(text);

    [Theory]
    [InlineData("anak-anak", "anak")]
    [InlineData("berlari-lari", "lari")]
    [InlineData("buku-bukunya", "buku")]
    [InlineData("tembak-menembak", "tembak")]
    [InlineData("sayur-mayur", "sayur mayur")]
    [InlineData("Anak-anak bermain di alun-alun", "anak main alun")]
    public void Collapses_reduplication(string text, string expected) => Assert.Equal(expected, Analyze(text));

    [Fact]
    public void Drops_stopwords_and_stems_the_rest()
    {
        Assert.Equal(
            "tugas berantas sarang nyamuk banyuwangi",
            Analyze("Petugas yang memberantas sarang nyamuk di Banyuwangi itu"));
    }

    [Fact]
    public void Keeps_over_stemming_traps_whole()
    {
        Assert.Equal("berita media pemilu", Analyze("berita media pemilu"));
    }

    [Theory]
    [InlineData("gempa M 5,3", "gempa 5 3")]
    [InlineData("Rp1.500.000", "rp1500000")]
    [InlineData("sebanyak 1.250 warga", "banyak 1250 warga")]
    [InlineData("pukul 04.12 Wita", "pukul 04 12 wita")]
    [InlineData("Jumat (18/4/2025)", "jumat 18 4 2025")]
    [InlineData("tahun 2025.", "tahun 2025")]
    public void Tokenises_numbers(string text, string expected) => Assert.Equal(expected, Analyze(text));

    [Fact]
    public void Lowercases_acronyms_without_stemming_them()
    {
        Assert.Equal("bpbd dprd sama diskominfo salur bantu", Analyze("BPBD dan DPRD bersama Diskominfo menyalurkan bantuan"));
    }

    [Fact]
    public void Stems_words_of_a_headline_in_capitals()
    {
        Assert.Equal("gempa guncang majene 47 rumah rusak 312 warga ungsi",
            Analyze("GEMPA GUNCANG MAJENE, 47 RUMAH RUSAK DAN 312 WARGA MENGUNGSI"));
    }

    [Fact]
    public void Does_not_stem_words_with_digits()
    {
        Assert.Equal("covid 19 covid19 5g", Analyze("Covid-19, covid19 dan 5G"));
    }

    [Fact]
    public void Treats_dashes_as_separators_and_hyphens_as_joiners()
    {
        Assert.Equal("palu gempa", Analyze("PALU – Gempa"));
        Assert.Equal("palu gempa", Analyze("Palu—gempa"));
    }

    [Fact]
    public void Drops_apostrophes_inside_words()
    {
        Assert.Equal("jumat quran", Analyze("Jum'at Qur’an"));
    }

    [Fact]
    public void Folds_diacritics_and_compatibility_forms()
    {
        Assert.Equal("kafe film berita", Analyze("Kafé ﬁlm ＢＥＲＩＴＡ"));
    }

    [Fact]
    public void Drops_single_letters()
    {
        Assert.Equal("ktp", Analyze("e-KTP"));
    }

    [Fact]
    public void Query_and_document_meet_on_the_same_terms()
    {
        var document = Analyzer.Analyze("Petugas memberantas sarang nyamuk; pemberantasan diberantas");
        var query = Analyzer.AnalyzeQuery("pemberantasan sarang nyamuk");
        Assert.All(query, term => Assert.Contains(term, document));
    }

    [Fact]
    public void List_and_string_forms_agree()
    {
        const string text = "Badan Penanggulangan Bencana Daerah (BPBD) Majene mencatat kerusakan rumah.";
        var tokens = new List<string>();
        Analyzer.Analyze(text, tokens);
        Assert.Equal(string.Join(' ', tokens), Analyze(text));
    }

    [Fact]
    public void Emits_only_lowercase_letters_and_digits()
    {
        const string text = "Kota Tangerang—Rabu (5/8/2025) pukul 10.30 WIB, Pj. Wali Kota meninjau e-KTP; \"Kami siap,\" ujarnya.";
        Assert.All(Analyzer.Analyze(text), term => Assert.Matches("^[a-z0-9]+$", term));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yang dan di ke dari")]
    [InlineData("– , . ;")]
    public void Gives_nothing_for_empty_or_stopword_text(string text) => Assert.Equal("", Analyze(text));
}
