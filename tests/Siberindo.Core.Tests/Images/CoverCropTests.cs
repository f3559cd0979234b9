using CsCheck;
using Siberindo.Core.Images;

namespace Siberindo.Core.Tests.Images;

public class CoverCropTests
{
    [Theory]
    [InlineData(1200, 675, 0, 0, 1200, 675)] // already 16:9
    [InlineData(1600, 675, 200, 0, 1200, 675)] // wide: the sides go
    [InlineData(1000, 1000, 0, 146, 1000, 562)] // square: a third of the excess from the top
    [InlineData(600, 1800, 0, 487, 600, 337)] // portrait
    public void Takes_the_largest_centred_rectangle_of_the_thumbnails_shape(int w, int h, int left, int top, int width, int height)
    {
        Assert.Equal(new PixelRect(left, top, width, height), CoverCrop.Of(w, h, 320, 180));
    }

    [Fact]
    public void Always_stays_inside_the_source_with_the_target_shape()
    {
        Gen.Select(Gen.Int[1, 50_000], Gen.Int[1, 50_000]).Sample((w, h) =>
        {
            var r = CoverCrop.Of(w, h, 320, 180);
            Assert.True(r.Left >= 0 && r.Top >= 0 && r.Width >= 1 && r.Height >= 1);
            Assert.True(r.Left + r.Width <= w && r.Top + r.Height <= h);
            // Within one pixel of 16:9 (rounding), unless the source is too thin to have it.
            Assert.True(Math.Abs(r.Width * 9L - r.Height * 16L) <= 16 || r.Width == 1 || r.Height == 1);
        }, iter: 2000);
    }
}
