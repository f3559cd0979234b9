using SkiaSharp;

namespace Siberindo.Anthology;

/// <summary>The book's cover, drawn (no stock picture to license): the same drawing for the EPUB's PNG and the PDF's first page.</summary>
public static class CoverArt
{
    // Loaded once and never disposed: a PDF document embeds its fonts when it closes, after the cover was drawn.
    private static readonly Lazy<SKTypeface> SerifBold = new(() => SKTypeface.FromFile(BookFonts.PathOf(BookFonts.SerifBold)) ?? SKTypeface.Default);
    private static readonly Lazy<SKTypeface> Sans = new(() => SKTypeface.FromFile(BookFonts.PathOf(BookFonts.Sans)) ?? SKTypeface.Default);

    public static void Draw(SKCanvas canvas, float width, float height, string title, string subtitle, string publisher)
    {
        using var background = new SKPaint { Color = new SKColor(0x12, 0x3a, 0x5c) };
        canvas.DrawRect(0, 0, width, height, background);
        using var band = new SKPaint { Color = new SKColor(0xe8, 0xa3, 0x3d) };
        canvas.DrawRect(0, height * 0.62f, width, height * 0.018f, band);
        var (serifBold, sans) = (SerifBold.Value, Sans.Value);
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var margin = width * 0.1f;
        using var titleFont = new SKFont(serifBold, width * 0.085f);
        var y = height * 0.22f;
        foreach (var line in Wrap(title, titleFont, width - 2 * margin)) { canvas.DrawText(line, margin, y, titleFont, ink); y += titleFont.Size * 1.25f; }
        using var subFont = new SKFont(sans, width * 0.04f);
        y += subFont.Size;
        foreach (var line in Wrap(subtitle, subFont, width - 2 * margin)) { canvas.DrawText(line, margin, y, subFont, ink); y += subFont.Size * 1.4f; }
        using var pubFont = new SKFont(sans, width * 0.035f);
        canvas.DrawText(publisher, margin, height * 0.9f, pubFont, ink);
    }

    public static byte[] Png(Book book, int width = 1200, int height = 1700)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        Draw(surface.Canvas, width, height, book.Title, book.Subtitle, book.Publisher);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    internal static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width || line.Length == 0) line = candidate;
            else { yield return line; line = word; }
        }
        if (line.Length > 0) yield return line;
    }
}
