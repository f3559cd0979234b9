using Siberindo.Core.Competition;

namespace Siberindo.Anthology;

/// <summary>A picture of an entry as the book prints it.</summary>
public sealed record BookPicture(string FileName, string ContentType, byte[] Content, int Width, int Height, string Caption, string Credit, string Alt);

/// <summary>One entry of the book: its text in both forms (XHTML for the EPUB, blocks for the PDF) and who wrote it where.</summary>
public sealed record BookEntry(int EntryId, int? Rank, string Title, string Author, string Outlet, string Region, string Licence,
    string Xhtml, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<BookPicture> Pictures);

/// <summary>
/// The anthology of one round, independent of its formats: <see cref="EpubWriter"/> and <see cref="PrintPdf"/> both
/// write from it. The identifier is derived from the round, so a rebuilt book stays the same publication.
/// </summary>
public sealed record Book(int RoundId, string Title, string Subtitle, string Publisher, string Theme, string? Foreword, string Licence,
    DateTime Modified, IReadOnlyList<BookEntry> Entries)
{
    public string Identifier
    {
        get
        {
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"siberindo:anthology:{RoundId}"));
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // a name-based UUID (version 5 layout)
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
        }
    }
}

/// <summary>The fonts both formats embed: DejaVu from Debian's fonts-dejavu-core (Bitstream Vera licence, which allows embedding and redistribution).</summary>
public static class BookFonts
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu";
    public const string Serif = "DejaVuSerif.ttf", SerifBold = "DejaVuSerif-Bold.ttf", Sans = "DejaVuSans.ttf", SansBold = "DejaVuSans-Bold.ttf";
    public const string Notice =
        "Huruf: DejaVu Serif dan DejaVu Sans (paket Debian fonts-dejavu-core), di bawah lisensi Bitstream Vera yang mengizinkan " +
        "penyertaan dan penyebaran huruf ini bersama dokumen. DejaVu changes are in the public domain; Bitstream Vera is a trademark of Bitstream, Inc.";

    public static string PathOf(string file) => Path.Combine(Folder, file);
}
