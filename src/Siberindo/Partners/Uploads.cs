using Microsoft.AspNetCore.Http.HttpResults;
using Siberindo.Core.Files;

namespace Siberindo.Partners;

/// <summary>An upload that passed its checks: what it really is (from its bytes), a safe file name and its content.</summary>
public sealed record CheckedUpload(UploadKind Kind, string FileName, byte[] Content);

/// <summary>
/// The checks every upload goes through (agreement documents, release photos and PDFs): a size cap read while
/// copying (a lying Content-Length cannot get more in), the type from the magic bytes, and a file name reduced to
/// letters, digits and dashes with the extension of the real type.
/// </summary>
public static class Uploads
{
    public const long MaxPhotoBytes = 5 * 1024 * 1024, MaxPdfBytes = 10 * 1024 * 1024;

    public static async Task<(CheckedUpload? File, string? Error)> CheckAsync(IFormFile file, bool allowPhotos, CancellationToken ct)
    {
        var name = Path.GetFileNameWithoutExtension(file.FileName);
        if (file.Length > MaxPdfBytes)
            return (null, $"Berkas {file.FileName} terlalu besar ({file.Length / 1024 / 1024} MB; paling besar 10 MB untuk PDF, 5 MB untuk foto). (file too large)");
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxPdfBytes) return (null, $"Berkas {file.FileName} lebih dari 10 MB. (file too large)");
                buffer.Write(chunk, 0, read);
            }
        }
        var content = buffer.ToArray();
        var kind = UploadSniffer.Sniff(content);
        if (kind == UploadKind.Unknown || (!allowPhotos && kind != UploadKind.Pdf))
            return (null, allowPhotos
                ? $"Berkas {file.FileName} bukan foto JPEG, PNG, WebP atau dokumen PDF menurut isinya (only JPEG, PNG, WebP photos and PDF documents, checked by content)."
                : $"Berkas {file.FileName} bukan dokumen PDF menurut isinya (only PDF, checked by content).");
        if (UploadSniffer.IsImage(kind) && content.Length > MaxPhotoBytes)
            return (null, $"Foto {file.FileName} lebih dari 5 MB. (photo too large)");
        var safe = Core.Slug.From(name, 60);
        return (new CheckedUpload(kind, (safe.Length == 0 ? "berkas" : safe) + UploadSniffer.Extension(kind), content), null);
    }

    /// <summary>
    /// A stored file as a response that no browser runs as a page: its sniffed type only, nosniff, a download for PDFs
    /// (photos may show inline: JPEG, PNG and WebP carry no script), and a sandboxing CSP in case one ever did.
    /// </summary>
    public static FileContentHttpResult Serve(HttpContext http, byte[] content, string contentType, string fileName)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = "private, max-age=300";
        var inline = contentType.StartsWith("image/", StringComparison.Ordinal);
        headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName, Inline = inline }.ToString();
        return TypedResults.Bytes(content, contentType);
    }
}
