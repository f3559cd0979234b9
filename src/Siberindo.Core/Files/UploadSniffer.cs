using Siberindo.Core.Images;

namespace Siberindo.Core.Files;

/// <summary>What an uploaded file really is, read from its first bytes (never from its name or the browser's type).</summary>
public enum UploadKind { Unknown = 0, Jpeg, Png, WebP, Pdf }

/// <summary>
/// Recognises the few kinds the product accepts as uploads (press photos and PDF documents) by their magic bytes.
/// Anything else, including HTML and SVG (which a browser would run as a page on our origin), a PDF renamed to
/// .jpg or a script renamed to .pdf, is <see cref="UploadKind.Unknown"/>: the extension and the declared type are
/// not evidence.
/// </summary>
public static class UploadSniffer
{
    /// <summary>
    /// Photos are recognised by <see cref="ImageSniffer"/> from the whole file, so a photo whose header is damaged or
    /// names no size is refused here as it would be for a card thumbnail; GIF is not a press photo format.
    /// </summary>
    public static UploadKind Sniff(ReadOnlySpan<byte> content)
    {
        // PDF readers accept the header within the first KB; a file that is something else first is not taken.
        if (content.StartsWith("%PDF-"u8)) return UploadKind.Pdf;
        return ImageSniffer.Sniff(content, out _)?.Format switch
        {
            ImageFormat.Jpeg => UploadKind.Jpeg,
            ImageFormat.Png => UploadKind.Png,
            ImageFormat.WebP => UploadKind.WebP,
            _ => UploadKind.Unknown,
        };
    }

    public static string ContentType(UploadKind kind) => kind switch
    {
        UploadKind.Jpeg => "image/jpeg",
        UploadKind.Png => "image/png",
        UploadKind.WebP => "image/webp",
        UploadKind.Pdf => "application/pdf",
        _ => "application/octet-stream",
    };

    public static string Extension(UploadKind kind) => kind switch
    {
        UploadKind.Jpeg => ".jpg",
        UploadKind.Png => ".png",
        UploadKind.WebP => ".webp",
        UploadKind.Pdf => ".pdf",
        _ => ".bin",
    };

    public static bool IsImage(UploadKind kind) => kind is UploadKind.Jpeg or UploadKind.Png or UploadKind.WebP;
}
