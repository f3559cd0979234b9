using Siberindo.Core.Search;

namespace Siberindo.Core.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Stems_drops_stopwords_and_repeats_and_keeps_the_typed_order()
    {
        var query = SearchQuery.Parse("Pemberantasan narkoba yang diberantas di BANTEN");

        Assert.Equal(["berantas", "narkoba", "banten"], query.Terms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("yang dan di")]
    [InlineData("\" * ( ) : ^ - ! & | <-> + ~")]
    public void Operators_stopwords_and_blanks_leave_nothing_to_match(string? text)
    {
        var query = SearchQuery.Parse(text);
        Assert.True(query.IsEmpty);
    }

    [Fact]
    public void Query_syntax_characters_never_reach_the_expressions()
    {
        var query = SearchQuery.Parse("banjir\" OR title:* rob's & (longsor) | 'gempa'");

        Assert.All(query.Terms, t => Assert.Matches("^[a-z0-9]+$", t));
        Assert.Contains("banjir", query.Terms);
        Assert.Contains("longsor", query.Terms);
        // Operator words are plain words, quoted: FTS5 reads "or" as a term, not as OR.
        var plan = QueryPlan.For(SearchQuery.Parse("banjir OR NEAR").Terms, new Dictionary<string, long> { ["banjir"] = 1, ["or"] = 1, ["near"] = 1 });
        Assert.Equal("{title body} : (\"banjir\" OR \"or\" OR \"near\")", plan.ToFts5Match().Expression);
    }

    [Fact]
    public void A_pasted_paragraph_is_cut_to_the_first_terms()
    {
        var words = Enumerable.Range(1, 40).Select(i => $"kata{i}");
        var query = SearchQuery.Parse(string.Join(' ', words));
        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
        Assert.Equal("kata1", query.Terms[0]);
    }
}
