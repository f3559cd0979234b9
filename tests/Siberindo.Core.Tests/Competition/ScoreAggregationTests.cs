using Siberindo.Core.Competition;

namespace Siberindo.Core.Tests.Competition;

public sealed class ScoreAggregationTests
{
    private static readonly RubricItem[] Rubric =
    [
        new(1, "Isi", 3, true), new(2, "Bahasa", 1, true), new(3, "Cocok untuk buku", 1, false),
    ];

    private static CriterionMark[] Sheet(int entry, int judge, double content, double language, double fit) =>
        [new(entry, judge, 1, content), new(entry, judge, 2, language), new(entry, judge, 3, fit)];

    [Fact]
    public void Totals_are_weighted_means_of_counted_criteria_and_uncounted_ones_are_reported_apart()
    {
        var marks = Sheet(1, 10, 8, 4, 1).Concat(Sheet(1, 11, 6, 6, 9)).Concat(Sheet(1, 12, 10, 2, 5)).ToList();
        var ranked = ScoreAggregation.Rank(Rubric, marks, normalise: false, new Dictionary<int, DateTime>());
        var r = Assert.Single(ranked);
        // (3*8+4)/4 = 7, (3*6+6)/4 = 6, (3*10+2)/4 = 8.
        Assert.Equal(7, r.Mean, 6);
        Assert.Equal(7, r.Median, 6);
        Assert.Equal(5, r.CriterionMeans[3], 6);
    }

    [Fact]
    public void An_incomplete_sheet_does_not_count()
    {
        var marks = Sheet(1, 10, 8, 4, 1).Append(new CriterionMark(1, 11, 1, 1)).ToList();
        var r = Assert.Single(ScoreAggregation.Rank(Rubric, marks, false, new Dictionary<int, DateTime>()));
        Assert.Equal(1, r.Judges);
        Assert.Equal(7, r.Mean, 6);
    }

    [Fact]
    public void Ties_fall_to_the_median_then_the_heaviest_criterion_then_the_earlier_entry()
    {
        var at = new Dictionary<int, DateTime> { [1] = new(2026, 3, 2), [2] = new(2026, 3, 1), [3] = new(2026, 3, 3) };
        // Entries 1 and 2 tie on mean and median; entry 1 scores higher on content (the heaviest criterion).
        var marks = Sheet(1, 10, 8, 4, 0).Concat(Sheet(2, 10, 7, 7, 0))
            .Concat(Sheet(3, 10, 5, 5, 0)).ToList();
        var ranked = ScoreAggregation.Rank(Rubric, marks, false, at);
        Assert.Equal([1, 2, 3], ranked.Select(r => r.EntryId));
        // Same marks everywhere: the earlier submission wins.
        var same = Sheet(1, 10, 6, 6, 0).Concat(Sheet(2, 10, 6, 6, 0)).ToList();
        Assert.Equal([2, 1], ScoreAggregation.Rank(Rubric, same, false, at).Select(r => r.EntryId));
    }

    [Fact]
    public void Normalising_lets_a_strict_judge_weigh_like_a_generous_one()
    {
        // Judge 10 is strict (2 and 4), judge 11 generous (8 and 10); each prefers a different entry.
        var marks = Sheet(1, 10, 4, 4, 0).Concat(Sheet(2, 10, 2, 2, 0)).Concat(Sheet(1, 11, 8, 8, 0)).Concat(Sheet(2, 11, 10, 10, 0))
            .Concat(Sheet(3, 11, 9, 9, 0)).ToList();
        var raw = ScoreAggregation.Rank(Rubric, marks, false, new Dictionary<int, DateTime>());
        var normal = ScoreAggregation.Rank(Rubric, marks, true, new Dictionary<int, DateTime>());
        // Raw: entry 3 (one generous judge, 9) comes first; normalised, entry 3 is judge 11's middle and falls behind.
        Assert.Equal(3, raw[0].EntryId);
        Assert.NotEqual(3, normal[0].EntryId);
    }
}
