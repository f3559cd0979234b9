using ScottPlot;
using ScottPlot.TickGenerators;
using Siberindo.Portal;
using Siberindo.Statistics;

namespace Siberindo.Traffic;

/// <summary>The traffic dashboard's charts, drawn on the server as SVG like the statistics' (ScottPlot, Charts' style).</summary>
public static class TrafficChart
{
    /// <summary>Drawn small: an SVG shrinks with its text, and at this width the labels stay legible on a phone.</summary>
    public const int Width = 480, DayHeight = 260;
    /// <summary>Articles drawn in the per-article chart; the table below it lists more.</summary>
    public const int TopArticles = 10;
    private const int TitleLength = 28;

    public static int ArticlesHeight(int rows) => 70 + 28 * Math.Max(1, Math.Min(rows, TopArticles));

    /// <summary>One bar per day, about five dates under the axis whatever the range.</summary>
    public static Plot PerDay(IReadOnlyList<TrafficReport.DayTotal> days)
    {
        var plot = Charts.NewPlot();
        plot.Add.Bars(days.Select((d, i) => new Bar
        {
            Position = i, Value = d.Readers, FillColor = Charts.MembersLine, LineWidth = 0, Size = 0.8,
        }).ToList());
        var step = Math.Max(1, (int)Math.Ceiling(days.Count / 5.0));
        var ticks = Enumerable.Range(0, days.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks.Select(i => (double)i).ToArray(),
            ticks.Select(i => days[i].Day.ToString("d MMM", PortalFormat.Indonesian)).ToArray());
        plot.Axes.SetLimitsX(-0.6, days.Count - 0.4);
        plot.Axes.SetLimitsY(0, Math.Max(1, days.Select(d => d.Readers).DefaultIfEmpty(0).Max()) * 1.1);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.Label.Text = "Pembaca";
        return plot;
    }

    /// <summary>The articles that sent most readers, most on top, titles shortened to fit beside their bars.</summary>
    public static Plot PerArticle(IReadOnlyList<TrafficReport.ArticleTotal> articles)
    {
        var plot = Charts.NewPlot();
        var rows = articles.Take(TopArticles).Reverse().ToList();
        plot.Add.Bars(rows.Select((a, i) => new Bar
        {
            Position = i, Value = a.Readers, FillColor = Charts.Factual, LineWidth = 0, Size = 0.7, Orientation = Orientation.Horizontal,
        }).ToList());
        plot.Axes.Left.TickGenerator = new NumericManual(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(),
            rows.Select(a => Shorten(a.Title)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.6, Math.Max(1, rows.Count) - 0.4);
        plot.Axes.SetLimitsX(0, Math.Max(1, rows.Select(a => a.Readers).DefaultIfEmpty(0).Max()) * 1.1);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.Label.Text = "Pembaca";
        return plot;
    }

    private static string Shorten(string title)
    {
        if (title.Length <= TitleLength) return title;
        var cut = TitleLength - 1;
        if (char.IsHighSurrogate(title[cut - 1])) cut--; // never half an emoji
        return title[..cut].TrimEnd() + "…";
    }
}
