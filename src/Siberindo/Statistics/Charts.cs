using ScottPlot;
using ScottPlot.TickGenerators;

namespace Siberindo.Statistics;

/// <summary>The association's charts, drawn on the server (ScottPlot): as SVG for the web, onto a PDF page for reports.</summary>
public static class Charts
{
    public static readonly Color Factual = Color.FromHex("#1b7f4b");
    public static readonly Color Administrative = Color.FromHex("#7fb8e6");
    public static readonly Color Unverified = Color.FromHex("#c9ced6");
    public static readonly Color MembersLine = Color.FromHex("#0d47a1");

    /// <summary>One horizontal bar per province, split into factual, administrative and not yet verified members.</summary>
    public static Plot ProvinceBars(IReadOnlyList<ProvinceFigures> figures)
    {
        var plot = NewPlot();
        var rows = figures.Reverse().ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i];
            bars.Add(Segment(i, 0, f.Factual, Factual));
            bars.Add(Segment(i, f.Factual, f.Factual + f.Administrative, Administrative));
            bars.Add(Segment(i, f.Factual + f.Administrative, f.Members, Unverified));
        }
        plot.Add.Bars(bars);
        plot.Axes.Left.TickGenerator = new NumericManual(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), rows.Select(r => r.ProvinceName).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.4);
        // Room on the right for the legend, so it never covers a bar.
        plot.Axes.SetLimitsX(0, Math.Max(1, rows.Select(r => r.Members).DefaultIfEmpty(0).Max()) * 1.5);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.Label.Text = "Jumlah media anggota";
        Legend(plot);
        return plot;
    }

    /// <summary>Members and verified members over time (one point per year end or month end).</summary>
    public static Plot Trend(IReadOnlyList<TrendPoint> points, bool monthly)
    {
        var plot = NewPlot();
        var xs = points.Select((_, i) => (double)i).ToArray();
        var members = plot.Add.Scatter(xs, points.Select(p => (double)p.Members).ToArray(), MembersLine);
        members.LegendText = "Anggota";
        members.LineWidth = 2;
        var verified = plot.Add.Scatter(xs, points.Select(p => (double)p.Verified).ToArray(), Administrative.Darken(0.3));
        verified.LegendText = "Terverifikasi (adm. + faktual)";
        verified.LineWidth = 2;
        var factual = plot.Add.Scatter(xs, points.Select(p => (double)p.Factual).ToArray(), Factual);
        factual.LegendText = "Terverifikasi faktual";
        factual.LineWidth = 2;
        var labels = points.Select(p => monthly ? p.On.ToString("MMM", Portal.PortalFormat.Indonesian) : p.On.Year.ToString()).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(xs, labels);
        plot.Axes.SetLimitsY(0, Math.Max(1, points.Select(p => p.Members).DefaultIfEmpty(0).Max()) * 1.1);
        plot.Axes.Left.Label.Text = "Media";
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    public static string Svg(Plot plot, int width, int height) => plot.GetSvgXml(width, height);

    private static Bar Segment(int position, double from, double to, Color color) => new()
    {
        Position = position, ValueBase = from, Value = to, FillColor = color, LineWidth = 0, Size = 0.75, Orientation = Orientation.Horizontal,
    };

    private static void Legend(Plot plot)
    {
        plot.ShowLegend(
        [
            new LegendItem { LabelText = "Terverifikasi faktual", FillColor = Factual },
            new LegendItem { LabelText = "Terverifikasi administratif", FillColor = Administrative },
            new LegendItem { LabelText = "Belum terverifikasi", FillColor = Unverified },
        ], Alignment.LowerRight);
    }

    /// <summary>A plot in the association's style; other features' charts (Traffic) start from it too.</summary>
    internal static Plot NewPlot()
    {
        var plot = new Plot();
        // DejaVu (Debian's fonts-dejavu-core) renders Indonesian text the same on every machine.
        plot.Font.Set("DejaVu Sans");
        plot.Grid.MajorLineColor = Color.FromHex("#e6e8ec");
        return plot;
    }
}
