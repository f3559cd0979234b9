using Siberindo.Core.Files;
using SkiaSharp;
using Siberindo.Core.Text;
using Siberindo.Shared;

namespace Siberindo.Competition;

/// <summary>A picture as the entrant sends it: the file's bytes and what they write about it.</summary>
public sealed record PictureUpload(string FileName, byte[] Content, string? Caption, string? Credit, string? Alt);

/// <summary>
/// Checks of an entry's pictures: JPEG or PNG by their bytes (the two kinds every EPUB reader shows), at most
/// 5 MB, a header SkiaSharp can decode within 40 megapixels, and a caption, credit and alt text, all required
/// because the book prints them. A refusal names the picture's field it is about, posted as
/// <see cref="Field"/>.<c>Content</c> (the file), <c>.Caption</c>, <c>.Credit</c> or <c>.Alt</c>.
/// </summary>
public static class EntryPictures
{
    private const long MaxPixels = 40_000_000;

    /// <summary>What the entry form's picture fields are posted under ("Photo.Caption", ...).</summary>
    public const string Field = "Photo";

    /// <summary>The posted name of one of the picture's parts (<see cref="PictureUpload"/>'s property names).</summary>
    public static string FieldOf(string part) => $"{Field}.{part}";

    private static FormError TooLarge(string fileName) => new($"Foto {fileName} lebih dari 5 MB (photo too large).", FieldOf(nameof(PictureUpload.Content)));

    public static async Task<(PictureUpload? Picture, FormError? Error)> ReadAsync(IFormFile file, string? caption, string? credit, string? alt, CancellationToken ct)
    {
        if (file.Length > EntryLimits.MaxImageBytes) return (null, TooLarge(file.FileName));
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > EntryLimits.MaxImageBytes) return (null, TooLarge(file.FileName));
                buffer.Write(chunk, 0, read);
            }
        }
        return (new PictureUpload(file.FileName, buffer.ToArray(), caption, credit, alt), null);
    }

    /// <summary>The stored picture, or why it was refused.</summary>
    public static (EntryImage? Image, FormError? Error) Check(PictureUpload p, int order)
    {
        var file = FieldOf(nameof(PictureUpload.Content));
        // The whole file: the sniffer reads the header far enough to find the declared size.
        var kind = UploadSniffer.Sniff(p.Content);
        if (kind is not (UploadKind.Jpeg or UploadKind.Png))
            return (null, new($"Berkas {p.FileName} bukan foto JPEG atau PNG menurut isinya (only JPEG and PNG, checked by content).", file));
        if (p.Content.Length > EntryLimits.MaxImageBytes) return (null, TooLarge(p.FileName));
        using var codec = SKCodec.Create(new MemoryStream(p.Content));
        if (codec is null || (long)codec.Info.Width * codec.Info.Height is 0 or > MaxPixels)
            return (null, new($"Foto {p.FileName} tidak bisa dibaca atau terlalu besar ukurannya (unreadable or too many pixels).", file));
        var (caption, credit, alt) = (StoredText.ClipTyped(p.Caption, 300), StoredText.ClipTyped(p.Credit, 200), StoredText.ClipTyped(p.Alt, 300));
        // The message names all three; the field marked is the first one left empty.
        if (caption is null || credit is null || alt is null)
        {
            var missing = caption is null ? nameof(p.Caption) : credit is null ? nameof(p.Credit) : nameof(p.Alt);
            return (null, new($"Foto {p.FileName} perlu keterangan, kredit dan teks alternatif (caption, credit and alt text are required).", FieldOf(missing)));
        }
        return (new EntryImage
        {
            Content = p.Content, ContentType = UploadSniffer.ContentType(kind), Width = codec.Info.Width, Height = codec.Info.Height,
            Caption = caption, Credit = credit, Alt = alt, Order = order,
        }, null);
    }
}
