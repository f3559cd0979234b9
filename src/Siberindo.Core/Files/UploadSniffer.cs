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
    public static UploadKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return UploadKind.Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return UploadKind.Png;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return UploadKind.WebP;
        // PDF readers accept the header within the first KB; a file that is something else first is not taken.
        if (head.StartsWith("%PDF-"u8)) return UploadKind.Pdf;
        return UploadKind.Unknown;
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
