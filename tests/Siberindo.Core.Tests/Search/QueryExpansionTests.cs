using Siberindo.Core.Search;

namespace Siberindo.Core.Tests.Search;

public sealed class QueryExpansionTests
{
    private static QueryConcept Single(string query)
    {
        var concepts = SearchQuery.Parse(query).Concepts;
        return Assert.Single(concepts);
    }

    private static string[] Expansions(QueryConcept concept) => concept.Expansions.Select(e => string.Join(' ', e.Terms)).ToArray();

    [Theory]
    [InlineData("Sulteng", "sulawesi tengah")]
    [InlineData("sulteng", "sulawesi tengah")]
    [InlineData("Lamsel", "lampung selatan")]
    [InlineData("HST", "hulu sungai tengah")]
    [InlineData("PPU", "tajam paser utara")]
    [InlineData("Pemkab", "perintah kabupaten")]
    [InlineData("Polres", "polisi resor")]
    [InlineData("BPBD", "badan tanggulang bencana daerah")]
    [InlineData("DBD", "demam darah dengue")]
    [InlineData("lindu", "gempa")]
    public void A_short_form_gains_the_spelled_out_form_its_articles_use(string typed, string expansion)
    {
        var concept = Single(typed);
        Assert.Contains(expansion, Expansions(concept));
    }

    [Fact]
    public void A_spelled_out_name_gains_its_short_form_as_one_concept()
    {
        var concept = Single("Sulawesi Tengah");

        Assert.Equal(["sulawesi", "tengah"], concept.Typed);
        Assert.Contains("sulteng", Expansions(concept));
    }

    [Theory]
    [InlineData("tengah")]
    [InlineData("selatan")]
    [InlineData("kabupaten")]
    public void A_common_word_alone_is_not_expanded(string word)
    {
        Assert.True(Single(word).IsPlainTerm);
    }

    [Fact]
    public void A_short_form_that_is_an_ordinary_word_is_never_added_for_the_full_name()
    {
        // "Kobar" (Kotawaringin Barat) is also "kobar" (berkobar: to blaze): fires everywhere would match.
        Assert.DoesNotContain("kobar", SearchQuery.Parse("Kotawaringin Barat").AllTerms);
        Assert.Contains("kotawaringin barat", Expansions(Single("Kobar")));
    }

    [Fact]
    public void A_short_form_of_two_regions_gains_both()
    {
        var expansions = Expansions(Single("Mura"));

        Assert.Contains("mus rawas", expansions); // the stems articles are indexed with
        Assert.Contains("murung raya", expansions);
    }

    [Fact]
    public void A_spelling_variant_weighs_as_an_abbreviation_and_a_synonym_less()
    {
        var weights = Single("cabe").Expansions.ToDictionary(e => string.Join(' ', e.Terms), e => e.Weight);

        Assert.Equal(QueryScoring.AbbreviationWeight, weights["cabai"]); // listed as a variant and as a synonym: the higher
        Assert.Equal(QueryScoring.SynonymWeight, weights["lombok"]);
        Assert.True(QueryScoring.SynonymWeight < QueryScoring.AbbreviationWeight);
    }

    [Fact]
    public void Other_words_of_the_query_stay_concepts_of_their_own()
    {
        var concepts = SearchQuery.Parse("banjir bandang di Sulteng").Concepts;

        Assert.Equal(["banjir", "bandang", "sulteng"], concepts.Select(c => string.Join(' ', c.Typed)));
        Assert.True(concepts[1].IsPlainTerm);
        Assert.Equal(["luap"], Expansions(concepts[0]));
    }

    [Fact]
    public void Without_expansions_a_query_is_its_terms()
    {
        var query = SearchQuery.Parse("Sulteng banjir", expansions: QueryExpansions.None);

        Assert.All(query.Concepts, c => Assert.True(c.IsPlainTerm));
        Assert.Equal(["sulteng", "banjir"], query.AllTerms);
    }

    [Fact]
    public void An_expansion_matches_only_with_all_its_terms()
    {
        var df = new Dictionary<string, long> { ["sulteng"] = 5, ["sulawesi"] = 50, ["tengah"] = 400 };
        var plan = QueryPlan.For(SearchQuery.Parse("Sulteng").Concepts, df);

        Assert.Equal("{title body} : ((\"sulteng\" OR (\"sulawesi\" AND \"tengah\")))", plan.ToFts5Match().Expression);
        Assert.Equal("('sulteng' | ('sulawesi' & 'tengah'))", plan.ToTsQuery());
    }

    [Fact]
    public void An_expansion_still_matches_when_no_article_has_the_typed_form()
    {
        var df = new Dictionary<string, long> { ["sulawesi"] = 50, ["tengah"] = 400 };
        var plan = QueryPlan.For(SearchQuery.Parse("Sulteng").Concepts, df);

        Assert.Equal("('sulawesi' & 'tengah')", plan.ToTsQuery());
    }

    [Fact]
    public void An_exact_match_outranks_an_expansion_and_a_lone_common_word_scores_nothing()
    {
        var df = new Dictionary<string, long> { ["sulteng"] = 300, ["sulawesi"] = 20, ["tengah"] = 40, ["banjir"] = 100 };
        var plan = QueryPlan.For(SearchQuery.Parse("banjir Sulteng").Concepts, df);
        var alternatives = QueryScoring.Alternatives(plan, t => Math.Log(1 + (1000 - df[t] + 0.5) / (df[t] + 0.5)));
        double Article(params string[] terms) => QueryScoring.Score(alternatives, t => terms.Contains(t) ? 0.6 : 0);

        var exact = Article("banjir", "sulteng");
        var expanded = Article("banjir", "sulawesi", "tengah");
        Assert.True(exact > expanded, $"{exact} <= {expanded}");
        Assert.True(expanded > Article("banjir"));
        Assert.Equal(Article("banjir"), Article("banjir", "tengah"));
        // Both forms in one article count once: the best of them.
        Assert.Equal(exact, Article("banjir", "sulteng", "sulawesi", "tengah"));
    }

    [Fact]
    public void Every_list_line_parses_into_forms_and_comments_are_ignored()
    {
        var sets = QueryExpansions.ParseSets(new StringReader("# a comment\nSulawesi Tengah | Sulteng  # usage\nJambi\n\n")).ToList();

        Assert.Equal([["Sulawesi Tengah", "Sulteng"], ["Jambi"]], sets);
    }
}
