using System.Diagnostics;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Siberindo.Tests.Infrastructure;

/// <summary>
/// Reads the QR code on a PDF's first page as a phone camera would see the printed page: poppler's pdftoppm renders
/// it to pixels (150 dpi), ZXing decodes the code from them.
/// </summary>
public static class QrReader
{
    public static async Task<string> ReadFromPdfAsync(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/pdftoppm")) throw new SkipException("Install Debian's poppler-utils (pdftoppm) to read QR codes from PDFs.");
        var dir = Directory.CreateTempSubdirectory("qr-");
        try
        {
            var input = Path.Combine(dir.FullName, "page.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(dir.FullName, "page")])
                { RedirectStandardError = true })!;
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            using var bitmap = SKBitmap.Decode(Path.Combine(dir.FullName, "page.png")).Copy(SKColorType.Bgra8888);
            var source = new RGBLuminanceSource(bitmap.Bytes, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
            var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true });
            Assert.True(result is not null, "no QR code found on the page");
            return result.Text;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
