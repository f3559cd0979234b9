using System.Globalization;
using QRCoder;
using SkiaSharp;
using Siberindo.Portal;
using Siberindo.Reports;

namespace Siberindo.Certificates;

/// <summary>
/// A certificate as a one-page landscape A4 PDF (SkiaSharp's PDF backend, DejaVu Sans as in the year-end report,
/// cut to the characters drawn by <see cref="FontSubset"/>): holder, outlet, event, dates, issuer, the code, and a QR
/// code of the public verification link. The QR code is drawn as vector squares, so it scans sharp at any print size.
/// </summary>
public static class CertificatePdf
{
    private const float Width = 842, Height = 595;
    private static readonly CultureInfo Id = PortalFormat.Indonesian;

    public static byte[] Write(Certificate c, string verifyUrl)
    {
        using var buffer = new MemoryStream();
        using (var document = SKDocument.CreatePdf(buffer, new SKDocumentPdfMetadata
               { Title = $"Sertifikat {c.EventTitle} – {c.HolderName}", Creator = "Siberindo", Producer = "Siberindo" }))
        {
            var canvas = document.BeginPage(Width, Height);
            var kind = $"sebagai peserta {c.EventKind.ToLower(Id)}";
            var dates = Dates(c.EventStartsOn, c.EventEndsOn);
            var issued = $"Diterbitkan {c.IssuedOn.ToString("d MMMM yyyy", Id)}";
            var code = $"Kode sertifikat: {c.Code}";
            var check = $"Periksa keaslian: {verifyUrl}";
            string[] lines = ["SERTIFIKAT", "Certificate of attendance", "diberikan kepada", c.HolderName, c.OutletName, kind, c.EventTitle, dates, c.Issuer, issued, code, check];
            // Only the characters drawn are embedded (a few KiB instead of two whole DejaVu fonts).
            using var regular = FontSubset.For("DejaVu Sans", bold: false, lines);
            using var bold = FontSubset.For("DejaVu Sans", bold: true, lines);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var muted = new SKPaint { Color = new SKColor(0x44, 0x4b, 0x55), IsAntialias = true };
            using var frame = new SKPaint { Color = new SKColor(0x0b, 0x4f, 0x8a), Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
            canvas.DrawRect(new SKRect(24, 24, Width - 24, Height - 24), frame);
            frame.StrokeWidth = 0.8f;
            canvas.DrawRect(new SKRect(32, 32, Width - 32, Height - 32), frame);

            void Centered(string text, float y, SKTypeface face, float size, SKPaint paint)
            {
                using var font = new SKFont(face, size);
                // Long event titles shrink to fit the frame rather than run past it.
                while (font.MeasureText(text) > Width - 140 && font.Size > 9) font.Size -= 0.5f;
                canvas.DrawText(text, Width / 2, y, SKTextAlign.Center, font, paint);
            }

            Centered("SERTIFIKAT", 110, bold, 40, ink);
            Centered("Certificate of attendance", 134, regular, 11, muted);
            Centered("diberikan kepada", 180, regular, 13, muted);
            Centered(c.HolderName, 228, bold, 30, ink);
            Centered(c.OutletName, 256, regular, 13, muted);
            Centered(kind, 300, regular, 13, muted);
            Centered(c.EventTitle, 334, bold, 18, ink);
            Centered(dates, 360, regular, 13, ink);

            using var small = new SKFont(regular, 10);
            using var label = new SKFont(bold, 12);
            canvas.DrawText(c.Issuer, 70, 470, label, ink);
            canvas.DrawText(issued, 70, 488, small, muted);
            canvas.DrawText(code, 70, 512, label, ink);
            canvas.DrawText(check, 70, 530, small, muted);

            DrawQr(canvas, verifyUrl, new SKRect(Width - 70 - 120, 420, Width - 70, 540));
            document.EndPage();
            document.Close();
        }
        return buffer.ToArray();
    }

    public static string Dates(DateOnly from, DateOnly to) =>
        from == to ? from.ToString("d MMMM yyyy", Id) : $"{from.ToString("d MMMM yyyy", Id)} – {to.ToString("d MMMM yyyy", Id)}";

    private static void DrawQr(SKCanvas canvas, string text, SKRect box)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = Math.Min(box.Width, box.Height) / modules.Count;
        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var y = 0; y < modules.Count; y++)
            for (var x = 0; x < modules[y].Count; x++)
                if (modules[y][x])
                    // A hair wider than a module, so neighbouring squares leave no hairline gap in a viewer.
                    canvas.DrawRect(box.Left + x * size, box.Top + y * size, size + 0.05f, size + 0.05f, dark);
    }
}
