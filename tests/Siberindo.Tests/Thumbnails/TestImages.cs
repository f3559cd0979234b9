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

    /// <summary>
    /// An animated GIF whose frames are filled with one colour each. SkiaSharp writes no GIF, so it is written here the
    /// simple way: 8-bit LZW codes, one per pixel, with a clear code often enough that the code width never grows.
    /// </summary>
    public static byte[] AnimatedGif(int width, int height, params SKColor[] frames)
    {
        var gif = new List<byte>();
        gif.AddRange("GIF89a"u8.ToArray());
        gif.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0xE6, 0, 0]); // 128-colour table
        for (var i = 0; i < 128; i++)
            gif.AddRange(i < frames.Length ? [frames[i].Red, frames[i].Green, frames[i].Blue] : [0, 0, 0]);
        for (var f = 0; f < frames.Length; f++)
        {
            gif.AddRange([0x21, 0xF9, 0x04, 0x04, 10, 0, 0, 0]); // graphic control: keep the frame, 0.1 s
            gif.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 7]);
            const byte clear = 128, end = 129;
            var codes = new List<byte>();
            for (var p = 0; p < width * height; p++)
            {
                if (p % 100 == 0) codes.Add(clear);
                codes.Add((byte)f);
            }
            codes.Add(end);
            foreach (var block in codes.Chunk(255)) { gif.Add((byte)block.Length); gif.AddRange(block); }
            gif.Add(0);
        }
        gif.Add(0x3B);
        return [.. gif];
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
}
