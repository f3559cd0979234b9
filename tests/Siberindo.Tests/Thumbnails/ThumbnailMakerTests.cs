using Siberindo.Thumbnails;
using SkiaSharp;

namespace Siberindo.Tests.Thumbnails;

/// <summary>Pictures in, card thumbnails out: a 320 x 180 WebP within 15 KB, or a refusal that says why.</summary>
public sealed class ThumbnailMakerTests
{
    private const long MaxPixels = 40_000_000;
    private const int MaxBytes = 15_000;

    public static TheoryData<string, byte[]> GoodPictures() => new()
    {
        { "jpeg 1200x675", TestImages.Photo(1200, 675) },
        { "jpeg portrait", TestImages.Photo(1080, 1350, seed: 2) },
        { "png with alpha", TestImages.Photo(900, 600, SKEncodedImageFormat.Png, seed: 3) },
        { "webp", TestImages.Photo(1600, 900, SKEncodedImageFormat.Webp, 80, seed: 4) },
        { "jpeg smaller than the thumbnail", TestImages.Photo(200, 150, seed: 5) },
    };

    [Theory]
    [MemberData(nameof(GoodPictures))]
    public void Makes_a_16_to_9_webp_within_the_budget(string name, byte[] picture)
    {
        var result = ThumbnailMaker.Make(picture, MaxPixels, MaxBytes);

        Assert.True(result.Webp is not null, $"{name}: {result.Refusal}");
        Assert.InRange(result.Webp.Length, 1, MaxBytes);
        using var codec = SKCodec.Create(SKData.CreateCopy(result.Webp));
        Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
        Assert.Equal(new SKSizeI(ThumbnailMaker.Width, ThumbnailMaker.Height), codec.Info.Size);
    }

    [Fact]
    public void Keeps_the_picture_recognisable()
    {
        var picture = TestImages.Photo(1200, 675);
        using var source = SKBitmap.Decode(picture);

        var result = ThumbnailMaker.Make(picture, MaxPixels, MaxBytes);

        using var thumbnail = SKBitmap.Decode(result.Webp);
        // Already 16:9, so nothing is cut: each part of the thumbnail has the colour of the same part of the photo
        // (sky above, hills below), not garbled, shifted or letterboxed.
        foreach (var (x, y) in new[] { (0.1, 0.05), (0.5, 0.1), (0.9, 0.5), (0.2, 0.95), (0.8, 0.9) })
        {
            var expected = Average(source, x, y);
            var actual = Average(thumbnail, x, y);
            Assert.True(Math.Abs(expected.R - actual.R) + Math.Abs(expected.G - actual.G) + Math.Abs(expected.B - actual.B) < 60,
                $"at ({x}, {y}): photo {expected}, thumbnail {actual}");
        }
        Assert.Equal(80, result.Quality);
    }

    /// <summary>The mean colour of a small patch around a point given as fractions of the width and height.</summary>
    private static (double R, double G, double B) Average(SKBitmap bitmap, double fx, double fy)
    {
        int cx = (int)(fx * (bitmap.Width - 1)), cy = (int)(fy * (bitmap.Height - 1)), rx = bitmap.Width / 40, ry = bitmap.Height / 40;
        double r = 0, g = 0, b = 0, n = 0;
        for (var y = Math.Max(0, cy - ry); y <= Math.Min(bitmap.Height - 1, cy + ry); y++)
            for (var x = Math.Max(0, cx - rx); x <= Math.Min(bitmap.Width - 1, cx + rx); x++)
            {
                var c = bitmap.GetPixel(x, y);
                r += c.Red; g += c.Green; b += c.Blue; n++;
            }
        return (r / n, g / n, b / n);
    }

    [Fact]
    public void An_animated_gif_gives_its_first_frame()
    {
        var gif = TestImages.AnimatedGif(480, 270, new SKColor(200, 30, 30), new SKColor(30, 30, 200));

        var result = ThumbnailMaker.Make(gif, MaxPixels, MaxBytes);

        Assert.True(result.Webp is not null, result.Refusal);
        using var thumbnail = SKBitmap.Decode(result.Webp);
        var (r, g, b) = Average(thumbnail, 0.5, 0.5);
        Assert.True(r > 150 && b < 80, $"centre ({r}, {g}, {b}) is not the first frame's red");
    }

    [Fact]
    public void Lowers_the_quality_step_by_step_until_a_detailed_picture_fits()
    {
        var noise = TestImages.Noise(640, 360);

        var result = ThumbnailMaker.Make(noise, MaxPixels, MaxBytes);

        Assert.NotNull(result.Webp);
        Assert.InRange(result.Webp.Length, 1, MaxBytes);
        Assert.True(result.Quality < 80, $"quality {result.Quality}");
        // The same picture against a budget nothing can meet is refused, not stored over budget.
        var impossible = ThumbnailMaker.Make(noise, MaxPixels, 500);
        Assert.Null(impossible.Webp);
        Assert.Contains("stays over 500 bytes", impossible.Refusal);
    }

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "svg with script", TestImages.SvgWithScript, "SVG" },
        { "html page", TestImages.HtmlPage, "HTML page" },
        { "pixel bomb", TestImages.PixelBomb(), "100000 x 100000 pixels, more than 40 megapixels" },
        { "wide pixel bomb", TestImages.PixelBomb(60_000, 1_000), "more than 40 megapixels" },
        { "icon", TestImages.Photo(32, 32, SKEncodedImageFormat.Png), "only 32 x 32 pixels" },
        { "truncated jpeg", TestImages.Photo(1200, 675)[..4000], "truncated" },
        { "jpeg header on garbage", [.. TestImages.Photo(1200, 675)[..600], .. new byte[3000]], "" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Refuses_what_is_no_usable_raster_picture(string name, byte[] file, string reason)
    {
        var result = ThumbnailMaker.Make(file, MaxPixels, MaxBytes);

        Assert.True(result.Webp is null, $"{name} was accepted");
        Assert.False(string.IsNullOrEmpty(result.Refusal));
        Assert.True(result.Refusal.Contains(reason, StringComparison.Ordinal), $"{name}: {result.Refusal}");
    }
}
