using System.Buffers.Binary;
using System.Text;

namespace Siberindo.Core.Images;

/// <summary>The raster formats a card thumbnail may be made from.</summary>
public enum ImageFormat { Jpeg, Png, Gif, WebP }

/// <summary>What a file's own header says: its format and its pixel size.</summary>
public readonly record struct ImageHeader(ImageFormat Format, int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// Reads what a fetched file really is from its first bytes, never from the server's Content-Type: a JPEG, PNG, GIF
/// or WebP header and the pixel size it declares, or why it is refused (SVG, an HTML page, anything else). The size
/// comes from the header alone, so a decompression bomb (a small file declaring a huge canvas) is refused before any
/// decoder allocates pixels, and only these four formats ever reach the decoder.
/// </summary>
public static class ImageSniffer
{
    /// <summary>The header of a supported raster image, or null with the reason in <paramref name="refusal"/>.</summary>
    public static ImageHeader? Sniff(ReadOnlySpan<byte> bytes, out string refusal)
    {
        refusal = "";
        ImageHeader? header = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) header = Jpeg(bytes);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) header = Png(bytes);
        else if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) header = Gif(bytes);
        else if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) header = WebP(bytes);
        else
        {
            refusal = Describe(bytes);
            return null;
        }
        if (header is not { Width: > 0, Height: > 0 })
        {
            refusal = "the image header is damaged or names no size";
            return null;
        }
        return header;
    }

    /// <summary>Why a file that is none of the four formats is refused, in words an editor understands.</summary>
    private static string Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return "the file is empty";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "compressed data (perhaps SVGZ), not a raster image";
        var text = LeadingText(bytes);
        if (text.StartsWith('<'))
        {
            // SVG can carry script and is refused whatever the server calls it; so is markup of any other kind.
            if (text.Contains("<svg", StringComparison.Ordinal)) return "an SVG image (vector images are not accepted)";
            if (text.Contains("<html", StringComparison.Ordinal) || text.Contains("<!doctype html", StringComparison.Ordinal)
                || text.Contains("<head", StringComparison.Ordinal) || text.Contains("<body", StringComparison.Ordinal))
                return "an HTML page, not an image";
            return "markup, not an image";
        }
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8)) return "an AVIF or HEIF image (not supported)";
        if (bytes.StartsWith("BM"u8) || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)) return "a BMP or TIFF image (not supported)";
        return "not a JPEG, PNG, GIF or WebP image";
    }

    /// <summary>The first kilobytes as lower-case text after a BOM and white space, enough to recognise markup.</summary>
    private static string LeadingText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        return head.TrimStart().ToLowerInvariant();
    }

    /// <summary>PNG: the IHDR chunk comes first and holds width and height (big-endian).</summary>
    private static ImageHeader? Png(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 24 || !bytes[12..16].SequenceEqual("IHDR"u8)) return null;
        return Sized(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]));
    }

    /// <summary>GIF: the logical screen size (little-endian), the canvas every frame is drawn on.</summary>
    private static ImageHeader? Gif(ReadOnlySpan<byte> bytes) =>
        bytes.Length < 10 ? null
            : Sized(ImageFormat.Gif, BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));

    /// <summary>WebP: the canvas of an extended file (VP8X), else the lossy (VP8) or lossless (VP8L) frame's size.</summary>
    private static ImageHeader? WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30) return null;
        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
            return Sized(ImageFormat.WebP, 1 + UInt24(bytes[24..]), 1 + UInt24(bytes[27..]));
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // A key frame: 3 bytes of frame tag, the start code 9D 01 2A, then 14-bit width and height.
            if (!bytes[23..26].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A])) return null;
            return Sized(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFFu,
                BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFFu);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (bytes[20] != 0x2F) return null;
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return Sized(ImageFormat.WebP, 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }
        return null;
    }

    /// <summary>
    /// JPEG: walks the segments to the first start-of-frame marker (SOF0-SOF15 but DHT, JPG and DAC), which holds the
    /// frame's height and width. Markers before it may be long (EXIF, ICC profiles), so the whole buffer is walked.
    /// </summary>
    private static ImageHeader? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF) return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) { at += 2; continue; } // markers without a length
            if (marker is 0xD9 or 0xDA) return null; // end of image or scan data before any frame header
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2) return null;
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (at + 9 > bytes.Length) return null;
                return Sized(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]),
                    BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }
            at += 2 + length;
        }
        return null;
    }

    private static uint UInt24(ReadOnlySpan<byte> b) => b[0] | (uint)b[1] << 8 | (uint)b[2] << 16;

    private static ImageHeader Sized(ImageFormat format, uint width, uint height) =>
        // Wider than int means a damaged or hostile header; 0 makes Sniff refuse it.
        new(format, width > int.MaxValue ? 0 : (int)width, height > int.MaxValue ? 0 : (int)height);
}
