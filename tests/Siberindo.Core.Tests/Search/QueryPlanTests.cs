using Siberindo.Core.Search;

namespace Siberindo.Core.Tests.Search;

public sealed class QueryPlanTests
{
    private static IEnumerable<string> Keys(IEnumerable<QueryConcept> concepts) => concepts.Select(c => string.Join(' ', c.Terms));

    private static Dictionary<string, long> Df(params (string Term, long Documents)[] counts) => counts.ToDictionary(c => c.Term, c => c.Documents);

    [Fact]
    public void Within_the_budget_every_known_term_matches_and_unknown_terms_are_dropped()
    {
        var plan = QueryPlan.For(["banjir", "xyzzy", "serang"], Df(("banjir", 900), ("serang", 40)), budget: 1000);

        Assert.Equal(["banjir", "serang"], Keys(plan.Rare));
        Assert.Empty(plan.Common);
        var match = plan.ToFts5Match();
        Assert.Equal("{title body} : (\"banjir\" OR \"serang\")", match.Expression);
        Assert.Equal(["banjir", "serang"], match.ScoredPhrases.Select(p => p?.Term));
        Assert.Equal("'banjir' | 'serang'", plan.ToTsQuery());
    }

    [Fact]
    public void Beyond_the_budget_rare_terms_choose_candidates_and_common_ones_only_score()
    {
        var plan = QueryPlan.For(["warga", "kota", "banjir", "majene"], Df(("warga", 400_000), ("kota", 300_000), ("banjir", 8_000), ("majene", 300)), budget: 20_000);

        Assert.Equal(["banjir", "majene"], Keys(plan.Rare));
        Assert.Equal(["warga", "kota"], Keys(plan.Common));
        // Common terms are matched only among the rare terms' candidates, so that they score on FTS5 too; the rare
        // terms' second appearance does not score again.
        var match = plan.ToFts5Match();
        Assert.Equal("{title body} : ((\"banjir\" OR \"majene\") AND (\"banjir\" OR \"majene\" OR \"warga\" OR \"kota\"))", match.Expression);
        Assert.Equal(["banjir", "majene", null, null, "warga", "kota"], match.ScoredPhrases.Select(p => p?.Term));
        Assert.Equal("'banjir' | 'majene'", plan.ToTsQuery());
        Assert.Equal(["banjir", "majene", "warga", "kota"], plan.Terms);
    }

    [Fact]
    public void A_single_common_term_beside_rare_ones_brings_in_no_candidates()
    {
        var plan = QueryPlan.For(["warga", "majene"], Df(("warga", 400_000), ("majene", 300)), budget: 20_000);

        Assert.Equal("{title body} : ((\"majene\") AND (\"majene\" OR \"warga\"))", plan.ToFts5Match().Expression);
        Assert.Equal("'majene'", plan.ToTsQuery());
        Assert.Equal(["majene", "warga"], plan.Terms); // still scores
    }

    [Fact]
    public void Common_words_only_must_all_appear()
    {
        var plan = QueryPlan.For(["warga", "kota"], Df(("warga", 400_000), ("kota", 300_000)), budget: 20_000);

        Assert.Empty(plan.Rare);
        Assert.Equal("{title body} : (\"warga\" AND \"kota\")", plan.ToFts5Match().Expression);
        Assert.Equal("'warga' & 'kota'", plan.ToTsQuery());
    }

    [Fact]
    public void Facets_narrow_the_match_one_group_at_a_time()
    {
        var plan = QueryPlan.For(["banjir"], Df(("banjir", 900)), budget: 1000);
        string[][] facets = [["p31"], ["m202610", "m202611"]];

        Assert.Equal("{title body} : (\"banjir\") AND {facets} : (\"p31\") AND {facets} : (\"m202610\" OR \"m202611\")",
            plan.ToFts5Match(facets).Expression);
        Assert.Equal(["banjir"], plan.ToFts5Match(facets).ScoredPhrases.Select(p => p?.Term)); // facets never score
        Assert.Equal("(('banjir') & ('p31')) & ('m202610' | 'm202611')", plan.ToTsQuery(facets));
    }

    [Fact]
    public void Nothing_known_is_an_empty_plan()
    {
        Assert.True(QueryPlan.For(["xyzzy"], Df(), budget: 20_000).IsEmpty);
    }
}
