using SkiaSharp;

namespace Siberindo.Reports;

/// <summary>
/// A small A4 page writer over SkiaSharp's PDF backend: headings, wrapped paragraphs, tables and charts, with page
/// breaks as needed. Text is DejaVu Sans (Debian's fonts-dejavu-core), embedded in the file.
/// </summary>
public sealed class PdfCanvas : IDisposable
{
    public const float Width = 595, Height = 842, Margin = 50;
    private readonly SKDocument _document;
    private readonly SKTypeface _regular = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
    private readonly SKTypeface _bold = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? SKTypeface.Default;
    private readonly string _footer;
    private SKCanvas? _canvas;
    private float _y;
    public int Pages { get; private set; }

    public PdfCanvas(Stream output, string title, string footer)
    {
        _document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = title, Creator = "Siberindo", Producer = "Siberindo" });
        _footer = footer;
        NewPage();
    }

    public SKCanvas Canvas => _canvas!;
    private float Bottom => Height - Margin - 20;

    public void NewPage()
    {
        if (_canvas is not null) EndPage();
        _canvas = _document.BeginPage(Width, Height);
        Pages++;
        _y = Margin;
    }

    private void EndPage()
    {
        using var font = new SKFont(_regular, 8);
        using var paint = new SKPaint { Color = SKColors.Gray, IsAntialias = true };
        _canvas!.DrawText($"{_footer} · halaman {Pages}", Margin, Height - Margin / 2, font, paint);
        _document.EndPage();
        _canvas = null;
    }

    public void Space(float points) => _y += points;

    private void Need(float points)
    {
        if (_y + points > Bottom) NewPage();
    }

    public void Heading(string text, float size = 16)
    {
        // A heading never ends a page: it needs room for itself and the first lines of what follows.
        Need(size * 3 + 50);
        _y += size * 0.6f;
        Line(text, Margin, size, bold: true);
        _y += size * 0.4f;
    }

    public void Paragraph(string text, float size = 10)
    {
        using var font = new SKFont(_regular, size);
        foreach (var line in Wrap(text, font, Width - 2 * Margin)) { Need(size * 1.5f); Line(line, Margin, size, false); }
        _y += size * 0.5f;
    }

    private void Line(string text, float x, float size, bool bold, SKColor? color = null)
    {
        using var font = new SKFont(bold ? _bold : _regular, size);
        using var paint = new SKPaint { Color = color ?? SKColors.Black, IsAntialias = true };
        _y += size * 1.2f;
        _canvas!.DrawText(text, x, _y, font, paint);
        _y += size * 0.3f;
    }

    /// <summary>A table with a bold header row; columns get the given widths (fractions of the text width); long cells wrap.</summary>
    public void Table(string[] header, IEnumerable<string[]> rows, float[] widths, float size = 9)
    {
        var total = Width - 2 * Margin;
        var xs = new float[widths.Length];
        for (var i = 1; i < widths.Length; i++) xs[i] = xs[i - 1] + widths[i - 1] * total;
        void Row(string[] cells, bool bold)
        {
            using var font = new SKFont(bold ? _bold : _regular, size);
            var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] * total - 4).ToList()).ToList();
            var lines = wrapped.Max(w => Math.Max(1, w.Count));
            var height = lines * size * 1.35f + 4;
            if (_y + height > Bottom) { NewPage(); if (!bold) Row(header, true); }
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            for (var c = 0; c < cells.Length; c++)
                for (var l = 0; l < wrapped[c].Count; l++)
                    _canvas!.DrawText(wrapped[c][l], Margin + xs[c], _y + size * 1.1f + l * size * 1.35f, font, paint);
            _y += height;
            using var rule = new SKPaint { Color = bold ? SKColors.Black : new SKColor(0xdd, 0xdd, 0xdd), StrokeWidth = bold ? 0.8f : 0.5f };
            _canvas!.DrawLine(Margin, _y - 2, Width - Margin, _y - 2, rule);
        }
        Need(size * 4);
        Row(header, true);
        foreach (var row in rows) Row(row, false);
        _y += size;
    }

    /// <summary>Key figures as a row of boxes.</summary>
    public void Figures(IReadOnlyList<(string Label, string Value)> figures)
    {
        const float boxHeight = 54, gap = 8;
        var perRow = 3;
        var boxWidth = (Width - 2 * Margin - gap * (perRow - 1)) / perRow;
        for (var i = 0; i < figures.Count; i += perRow)
        {
            Need(boxHeight + gap);
            for (var k = 0; k < perRow && i + k < figures.Count; k++)
            {
                var x = Margin + k * (boxWidth + gap);
                using var fill = new SKPaint { Color = new SKColor(0xf1, 0xf3, 0xf6) };
                _canvas!.DrawRoundRect(new SKRect(x, _y, x + boxWidth, _y + boxHeight), 6, 6, fill);
                using var small = new SKFont(_regular, 8.5f);
                using var big = new SKFont(_bold, 18);
                using var muted = new SKPaint { Color = new SKColor(0x55, 0x5b, 0x66), IsAntialias = true };
                using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
                _canvas.DrawText(figures[i + k].Label, x + 8, _y + 15, small, muted);
                _canvas.DrawText(figures[i + k].Value, x + 8, _y + 42, big, ink);
            }
            _y += boxHeight + gap;
        }
        _y += 6;
    }

    /// <summary>Draws a chart (anything that can render itself onto a Skia canvas) at full text width.</summary>
    public void Chart(Action<SKCanvas, int, int> render, float height)
    {
        Need(height + 10);
        _canvas!.Save();
        _canvas.Translate(Margin, _y);
        render(_canvas, (int)(Width - 2 * Margin), (int)height);
        _canvas.Restore();
        _y += height + 10;
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width || line.Length == 0) line = candidate;
                else { yield return line; line = word; }
            }
            yield return line;
        }
    }

    public void Dispose()
    {
        if (_canvas is not null) EndPage();
        _document.Close();
        _document.Dispose();
        _regular.Dispose();
        _bold.Dispose();
    }
}
