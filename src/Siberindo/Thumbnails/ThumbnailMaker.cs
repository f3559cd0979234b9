using Siberindo.Core.Images;
using SkiaSharp;

namespace Siberindo.Thumbnails;

/// <summary>A thumbnail made, or why the picture was refused.</summary>
public sealed record ThumbnailResult(byte[]? Webp, int Quality, string? Refusal)
{
    public static ThumbnailResult Refuse(string reason) => new(null, 0, reason);
}

/// <summary>
/// Turns a fetched picture into a card thumbnail: a <see cref="Width"/> x <see cref="Height"/> (16:9) WebP of at most
/// the byte budget. What the bytes are is decided by <see cref="ImageSniffer"/> before SkiaSharp sees them, so only
/// JPEG, PNG, GIF (its first frame) and WebP reach a decoder, and a header declaring too many pixels is refused
/// before any are allocated. JPEG and WebP are decoded already scaled down where the codec can, which keeps the
/// memory of a large photo small.
/// </summary>
public static class ThumbnailMaker
{
    public const int Width = 320, Height = 180;
    /// <summary>Smaller pictures are icons or spacers; blown up to a card they would be a blur.</summary>
    public const int MinSourceWidth = 120, MinSourceHeight = 68;
    /// <summary>WebP qualities tried in turn until the thumbnail fits its budget; a detailed photo needs the lower ones.</summary>
    private static readonly int[] Qualities = [80, 65, 50, 35, 20, 10];

    public static ThumbnailResult Make(byte[] bytes, long maxPixels, int maxBytes)
    {
        if (ImageSniffer.Sniff(bytes, out var refusal) is not { } header) return ThumbnailResult.Refuse(refusal);
        if (header.Pixels > maxPixels)
            return ThumbnailResult.Refuse($"the image declares {header.Width} x {header.Height} pixels, more than {maxPixels / 1_000_000} megapixels");
        if (header.Width < MinSourceWidth || header.Height < MinSourceHeight)
            return ThumbnailResult.Refuse($"the image is only {header.Width} x {header.Height} pixels");

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return ThumbnailResult.Refuse($"the {header.Format} image cannot be read");
        // The decoder must agree with the sniffer, or a file crafted to read differently could slip past the checks.
        if (FormatOf(codec.EncodedFormat) != header.Format || codec.Info.Width != header.Width || codec.Info.Height != header.Height)
            return ThumbnailResult.Refuse($"the {header.Format} header does not match the image data");

        using var source = Decode(codec, out var decodeRefusal);
        if (source is null) return ThumbnailResult.Refuse(decodeRefusal);
        using var thumbnail = Resize(source);
        foreach (var quality in Qualities)
        {
            using var encoded = thumbnail.Encode(SKEncodedImageFormat.Webp, quality);
            if (encoded is null) return ThumbnailResult.Refuse("the thumbnail could not be encoded");
            if (encoded.Size <= maxBytes) return new ThumbnailResult(encoded.ToArray(), quality, null);
        }
        return ThumbnailResult.Refuse($"the thumbnail stays over {maxBytes} bytes even at WebP quality {Qualities[^1]}");
    }

    /// <summary>
    /// Decodes at the smallest scale the codec offers that still covers the thumbnail after cropping (JPEG: 1/2, 1/4,
    /// 1/8; WebP: any), otherwise at full size. GIF and WebP animations give their first frame.
    /// </summary>
    private static SKImage? Decode(SKCodec codec, out string refusal)
    {
        refusal = "";
        var crop = CoverCrop.Of(codec.Info.Width, codec.Info.Height, Width, Height);
        var scale = Math.Min(1f, Math.Max((float)Width / crop.Width, (float)Height / crop.Height));
        var size = codec.GetScaledDimensions(scale);
        var full = codec.Info.Size;
        var covers = (long)crop.Width * size.Width >= (long)Width * full.Width && (long)crop.Height * size.Height >= (long)Height * full.Height;
        if (!covers || size.Width <= 0 || size.Height <= 0 || size.Width > full.Width || size.Height > full.Height) size = full;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            refusal = result == SKCodecResult.IncompleteInput ? "the image is truncated" : $"the image cannot be decoded ({result})";
            return null;
        }
        bitmap.SetImmutable();
        // An immutable bitmap's pixels are shared with the image, not copied; they live as long as the image.
        var image = SKImage.FromBitmap(bitmap);
        bitmap.Dispose();
        if (image is null) refusal = "the image cannot be decoded";
        return image;
    }

    /// <summary>The centred 16:9 part, scaled with mipmaps (no aliasing from a large reduction), on white for transparency.</summary>
    private static SKImage Resize(SKImage source)
    {
        var crop = CoverCrop.Of(source.Width, source.Height, Width, Height);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.DrawImage(source, SKRect.Create(crop.Left, crop.Top, crop.Width, crop.Height), SKRect.Create(Width, Height),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return surface.Snapshot();
    }

    private static ImageFormat? FormatOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
        SKEncodedImageFormat.Png => ImageFormat.Png,
        SKEncodedImageFormat.Gif => ImageFormat.Gif,
        SKEncodedImageFormat.Webp => ImageFormat.WebP,
        _ => null,
    };
}
