namespace Siberindo.Core.Images;

/// <summary>A rectangle of source pixels.</summary>
public readonly record struct PixelRect(int Left, int Top, int Width, int Height);

/// <summary>
/// Which part of a picture fills a thumbnail of a fixed aspect ratio: the largest centred rectangle of that ratio, so
/// every card's image has the same shape (no layout jump, no letterboxing). A news photo's subject is usually near the
/// middle; portrait photos keep their upper part, where faces are.
/// </summary>
public static class CoverCrop
{
    public static PixelRect Of(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetHeight);
        // Compare sourceWidth/sourceHeight with targetWidth/targetHeight without rounding.
        if ((long)sourceWidth * targetHeight > (long)sourceHeight * targetWidth)
        {
            // Wider than the target: cut the sides.
            var width = (int)Math.Max(1, (long)sourceHeight * targetWidth / targetHeight);
            return new PixelRect((sourceWidth - width) / 2, 0, width, sourceHeight);
        }
        // Taller (or equal): cut from the bottom mostly, a third of the excess from the top.
        var height = (int)Math.Max(1, (long)sourceWidth * targetHeight / targetWidth);
        return new PixelRect(0, (sourceHeight - height) / 3, sourceWidth, height);
    }
}
