using Siberindo.Demo;
using SkiaSharp;

namespace Siberindo.Tests.Thumbnails;

/// <summary>Pictures for a test: the demo network's (drawn with SkiaSharp, and its bad files), and the worst case for the budget.</summary>
internal static class TestImages
{
    public static byte[] Photo(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg, int quality = 85, int seed = 1) =>
        DemoImages.Scene(width, height, format, seed, quality);

    public static byte[] PixelBomb(uint width = 100_000, uint height = 100_000) => DemoImages.PixelBomb(width, height);
    public static byte[] SvgWithScript => DemoImages.SvgWithScript;
    public static byte[] HtmlPage => DemoImages.HtmlPage;

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
}
