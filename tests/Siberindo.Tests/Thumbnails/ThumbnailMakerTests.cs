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
        var result = ThumbnailMaker.Make(TestImages.Photo(1200, 675), MaxPixels, MaxBytes);

        using var thumbnail = SKBitmap.Decode(result.Webp);
        // Sky at the top (blue), hill at the bottom (green): cropped and scaled, not garbled or letterboxed.
        var sky = thumbnail.GetPixel(20, 5);
        var hill = thumbnail.GetPixel(20, ThumbnailMaker.Height - 5);
        Assert.True(sky.Blue > sky.Green && sky.Blue > sky.Red, $"sky {sky}");
        Assert.True(hill.Green > hill.Red && hill.Green > hill.Blue, $"hill {hill}");
        Assert.Equal(80, result.Quality);
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
