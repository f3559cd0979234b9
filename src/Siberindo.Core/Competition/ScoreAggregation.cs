namespace Siberindo.Core.Competition;

/// <summary>A rubric criterion: its weight in the total, or shown and scored but outside the total (pretalx's independent categories).</summary>
public sealed record RubricItem(int CriterionId, string Name, double Weight, bool Counted);

/// <summary>One judge's score of one criterion of one entry.</summary>
public sealed record CriterionMark(int EntryId, int JudgeId, int CriterionId, double Value);

/// <summary>An entry's place in the ranking and the figures that put it there.</summary>
public sealed record RankedEntry(int EntryId, int Rank, double Score, double Mean, double Median, double TieBreak, int Judges,
    IReadOnlyDictionary<int, double> CriterionMeans);

/// <summary>
/// Turns judges' marks into a ranking. A judge's total for an entry is the weighted mean of the counted criteria
/// (only complete score sheets count). With normalisation on, each judge's totals are rescaled to the mean and spread
/// of all totals (a z-score per judge, mapped back), so a strict judge and a generous one weigh alike; a judge with
/// fewer than two entries, or who gave all the same total, is only shifted. The entry's score is the mean of its
/// totals; ties are broken by the stated rule <see cref="TieRule"/>.
/// </summary>
public static class ScoreAggregation
{
    public const string TieRule =
        "Nilai sama diurutkan menurut median, lalu rata-rata kriteria berbobot terbesar, lalu waktu kirim yang lebih awal.";

    public static IReadOnlyList<RankedEntry> Rank(IReadOnlyList<RubricItem> rubric, IReadOnlyList<CriterionMark> marks, bool normalise,
        IReadOnlyDictionary<int, DateTime> submittedAt)
    {
        var counted = rubric.Where(c => c.Counted && c.Weight > 0).ToList();
        var weightSum = counted.Sum(c => c.Weight);
        var byId = rubric.ToDictionary(c => c.CriterionId);
        var sheets = marks.Where(m => byId.ContainsKey(m.CriterionId)).GroupBy(m => (m.EntryId, m.JudgeId)).ToList();
        var totals = new List<(int EntryId, int JudgeId, double Total)>();
        foreach (var sheet in sheets)
        {
            var values = sheet.ToDictionary(m => m.CriterionId, m => m.Value);
            if (counted.Count == 0 || counted.Any(c => !values.ContainsKey(c.CriterionId))) continue;
            totals.Add((sheet.Key.EntryId, sheet.Key.JudgeId, counted.Sum(c => c.Weight * values[c.CriterionId]) / weightSum));
        }
        if (normalise) totals = Normalise(totals);
        var top = counted.OrderByDescending(c => c.Weight).ThenBy(c => c.CriterionId).FirstOrDefault();
        var rows = totals.GroupBy(t => t.EntryId).Select(g =>
        {
            var list = g.Select(t => t.Total).ToList();
            var entryMarks = marks.Where(m => m.EntryId == g.Key).ToList();
            var criterionMeans = entryMarks.GroupBy(m => m.CriterionId).ToDictionary(c => c.Key, c => c.Average(m => m.Value));
            return new
            {
                EntryId = g.Key, Mean = list.Average(), Median = Median(list), Judges = list.Count, CriterionMeans = criterionMeans,
                TieBreak = top is not null && criterionMeans.TryGetValue(top.CriterionId, out var t) ? t : 0,
                At = submittedAt.GetValueOrDefault(g.Key, DateTime.MaxValue),
            };
        })
        .OrderByDescending(r => Math.Round(r.Mean, 6)).ThenByDescending(r => Math.Round(r.Median, 6)).ThenByDescending(r => Math.Round(r.TieBreak, 6))
        .ThenBy(r => r.At).ThenBy(r => r.EntryId).ToList();
        return rows.Select((r, i) => new RankedEntry(r.EntryId, i + 1, r.Mean, r.Mean, r.Median, r.TieBreak, r.Judges, r.CriterionMeans)).ToList();
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static List<(int EntryId, int JudgeId, double Total)> Normalise(List<(int EntryId, int JudgeId, double Total)> totals)
    {
        if (totals.Count < 2) return totals;
        var (mean, sd) = MeanSd(totals.Select(t => t.Total).ToList());
        var perJudge = totals.GroupBy(t => t.JudgeId).ToDictionary(g => g.Key, g => MeanSd(g.Select(t => t.Total).ToList()));
        return totals.Select(t =>
        {
            var (jm, jsd) = perJudge[t.JudgeId];
            var value = jsd > 1e-9 && sd > 1e-9 ? mean + (t.Total - jm) / jsd * sd : t.Total - jm + mean;
            return (t.EntryId, t.JudgeId, value);
        }).ToList();
    }

    private static (double Mean, double Sd) MeanSd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
        return (mean, sd);
    }
}
