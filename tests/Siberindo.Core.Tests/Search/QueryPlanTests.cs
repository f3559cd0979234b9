using Siberindo.Core.Search;

namespace Siberindo.Core.Tests.Search;

public sealed class QueryPlanTests
{
    private static Dictionary<string, long> Df(params (string Term, long Documents)[] counts) => counts.ToDictionary(c => c.Term, c => c.Documents);

    [Fact]
    public void Within_the_budget_every_known_term_matches_and_unknown_terms_are_dropped()
    {
        var plan = QueryPlan.For(["banjir", "xyzzy", "serang"], Df(("banjir", 900), ("serang", 40)), budget: 1000);

        Assert.Equal(["banjir", "serang"], plan.Rare);
        Assert.Empty(plan.Common);
        Assert.Equal("\"banjir\" OR \"serang\"", plan.ToFts5Match());
        Assert.Equal("banjir | serang", plan.ToTsQuery());
    }

    [Fact]
    public void Beyond_the_budget_rare_terms_choose_candidates_and_common_ones_only_score()
    {
        var plan = QueryPlan.For(["warga", "kota", "banjir", "majene"], Df(("warga", 400_000), ("kota", 300_000), ("banjir", 8_000), ("majene", 300)), budget: 20_000);

        Assert.Equal(["banjir", "majene"], plan.Rare);
        Assert.Equal(["warga", "kota"], plan.Common);
        Assert.Equal("\"banjir\" OR \"majene\"", plan.ToFts5Match());
        Assert.Equal("banjir | majene", plan.ToTsQuery());
        Assert.Equal(["banjir", "majene", "warga", "kota"], plan.Terms);
    }

    [Fact]
    public void A_single_common_term_beside_rare_ones_brings_in_no_candidates()
    {
        var plan = QueryPlan.For(["warga", "majene"], Df(("warga", 400_000), ("majene", 300)), budget: 20_000);

        Assert.Equal("\"majene\"", plan.ToFts5Match());
        Assert.Equal("majene", plan.ToTsQuery());
        Assert.Equal(["majene", "warga"], plan.Terms); // still scores on PostgreSQL
    }

    [Fact]
    public void Common_words_only_must_all_appear()
    {
        var plan = QueryPlan.For(["warga", "kota"], Df(("warga", 400_000), ("kota", 300_000)), budget: 20_000);

        Assert.Empty(plan.Rare);
        Assert.Equal("\"warga\" AND \"kota\"", plan.ToFts5Match());
        Assert.Equal("warga & kota", plan.ToTsQuery());
    }

    [Fact]
    public void Nothing_known_is_an_empty_plan()
    {
        Assert.True(QueryPlan.For(["xyzzy"], Df(), budget: 20_000).IsEmpty);
    }
}
