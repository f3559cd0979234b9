using System.Buffers.Binary;
using System.Text;
using CsCheck;
using Siberindo.Core.Images;

namespace Siberindo.Core.Tests.Images;

/// <summary>The sniffer decides from the bytes what a fetched file is and how many pixels it declares.</summary>
public class ImageSnifferTests
{
    /// <summary>The headers, written byte by byte as each format's specification lays them out.</summary>
    internal static byte[] PngHeader(uint width, uint height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8; // bit depth
        bytes[25] = 6; // RGBA
        return bytes;
    }

    /// <summary>A JPEG with an APP0 (JFIF) and a large APP1 (EXIF) segment before its baseline frame header.</summary>
    internal static byte[] JpegHeader(ushort width, ushort height, byte sof = 0xC0)
    {
        var bytes = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 };
        bytes.AddRange("JFIF\0"u8.ToArray());
        bytes.AddRange(new byte[9]);
        bytes.AddRange([0xFF, 0xE1, 0x10, 0x02]);
        bytes.AddRange(new byte[0x1000]);
        bytes.AddRange([0xFF, sof, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        bytes.AddRange(new byte[9]);
        return [.. bytes];
    }

    private static byte[] WebP(string chunk, params byte[] payload)
    {
        var bytes = new byte[Math.Max(32, 20 + payload.Length)];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)bytes.Length - 8);
        "WEBP"u8.CopyTo(bytes.AsSpan(8));
        Encoding.ASCII.GetBytes(chunk).CopyTo(bytes, 12);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), (uint)payload.Length);
        payload.CopyTo(bytes, 20);
        return bytes;
    }

    public static TheoryData<string, byte[], ImageFormat, int, int> Headers()
    {
        byte[] vp8x = [0x10, 0, 0, 0, .. new byte[] { 0x3F, 0x01, 0x00 }, .. new byte[] { 0xB3, 0x00, 0x00 }]; // 320 x 180
        byte[] vp8 = [0x9D, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0x80, 0x02, 0x68, 0x01]; // 640 x 360
        var bits = (uint)(1200 - 1) | (uint)(675 - 1) << 14;
        byte[] vp8l = [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24)];
        return new()
        {
            { "png", PngHeader(1200, 675), ImageFormat.Png, 1200, 675 },
            { "jpeg baseline after EXIF", JpegHeader(1024, 768), ImageFormat.Jpeg, 1024, 768 },
            { "jpeg progressive", JpegHeader(800, 600, sof: 0xC2), ImageFormat.Jpeg, 800, 600 },
            { "gif", [.. "GIF89a"u8.ToArray(), 0x40, 0x01, 0xB4, 0x00, 0xF7, 0, 0], ImageFormat.Gif, 320, 180 },
            { "webp extended", WebP("VP8X", vp8x), ImageFormat.WebP, 320, 180 },
            { "webp lossy", WebP("VP8 ", vp8), ImageFormat.WebP, 640, 360 },
            { "webp lossless", WebP("VP8L", vp8l), ImageFormat.WebP, 1200, 675 },
        };
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void Reads_format_and_size_from_the_header(string name, byte[] bytes, ImageFormat format, int width, int height)
    {
        var header = ImageSniffer.Sniff(bytes, out var refusal);

        Assert.True(header is not null, $"{name}: {refusal}");
        Assert.Equal(new ImageHeader(format, width, height), header);
    }

    [Fact]
    public void A_pixel_bomb_declares_its_size_in_a_few_bytes()
    {
        // 100,000 x 100,000 RGBA would be 40 GB of pixels; the header that says so is 33 bytes.
        var header = ImageSniffer.Sniff(PngHeader(100_000, 100_000), out _);

        Assert.Equal(10_000_000_000L, header!.Value.Pixels);
    }

    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "svg with script", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"), "SVG" },
        { "svg with bom and space", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("  \n<SVG viewBox=\"0 0 10 10\"/>")], "SVG" },
        { "html served as jpeg", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Halaman tidak ditemukan</body></html>"), "HTML" },
        { "svgz", [0x1F, 0x8B, 0x08, 0x00, 1, 2, 3], "compressed" },
        { "avif", [0, 0, 0, 0x1C, .. "ftypavif"u8.ToArray(), 0, 0, 0, 0], "AVIF" },
        { "empty", [], "empty" },
        { "text", Encoding.UTF8.GetBytes("Forbidden"), "not a JPEG" },
        { "png cut before its header", PngHeader(10, 10)[..20], "damaged" },
        { "png of zero width", PngHeader(0, 10), "damaged" },
        { "png wider than int", PngHeader(uint.MaxValue, 10), "damaged" },
        { "jpeg without a frame header", [0xFF, 0xD8, 0xFF, 0xD9], "damaged" },
        { "jpeg with scan data first", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 0, 0, 0, 0, 0, 0], "damaged" },
        { "jpeg with a broken segment", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x12, 0x34, 0x00, 0x00], "damaged" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_what_is_no_supported_raster_image(string name, byte[] bytes, string reason)
    {
        var header = ImageSniffer.Sniff(bytes, out var refusal);

        Assert.Null(header);
        Assert.True(refusal.Contains(reason, StringComparison.Ordinal), $"{name}: {refusal}");
    }

    [Fact]
    public void Never_throws_on_damaged_headers()
    {
        byte[][] starts = [PngHeader(640, 360), JpegHeader(640, 360), WebP("VP8X", new byte[10]), WebP("VP8 ", new byte[10]),
            WebP("VP8L", new byte[5]), [.. "GIF87a"u8.ToArray(), 1, 0, 1, 0]];
        Gen.Select(Gen.Int[0, starts.Length - 1], Gen.Int[0, 40], Gen.Byte.Array[0, 64]).Sample((which, cut, tail) =>
        {
            var start = starts[which];
            byte[] bytes = [.. start.AsSpan(0, Math.Min(cut, start.Length)), .. tail];
            var header = ImageSniffer.Sniff(bytes, out var refusal);
            Assert.True(header is { Width: > 0, Height: > 0 } || refusal.Length > 0);
        }, iter: 2000);
    }
}
