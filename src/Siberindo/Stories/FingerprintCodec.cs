using System.Runtime.InteropServices;
using Siberindo.Core.Stories;
using Siberindo.Core.Text;
using Siberindo.Articles;

namespace Siberindo.Stories;

/// <summary>Stores an <see cref="ArticleFingerprint"/> as little-endian binary columns and reads it back unchanged.</summary>
public static class FingerprintCodec
{
    public static StoryFingerprint ToRow(ArticleFingerprint fp, long sequence) => new()
    {
        ArticleId = fp.Id,
        Sequence = sequence,
        Outlet = fp.Outlet,
        Title = StoredText.Clip(fp.Title, ArticleLengths.Title),
        Published = fp.Published.UtcDateTime,
        Shingles = Bytes<uint>(fp.Shingles),
        SlotContexts = Bytes<ulong>(fp.SlotContexts),
        Terms = Bytes<ulong>(fp.Terms),
        ParagraphHashes = Bytes<ulong>(fp.ParagraphHashes),
        Places = Bytes<uint>(fp.Places),
    };

    public static ArticleFingerprint FromRow(StoryFingerprint row) => new(
        row.ArticleId, row.Outlet, row.Title, new DateTimeOffset(DateTime.SpecifyKind(row.Published, DateTimeKind.Utc)),
        Values<uint>(row.Shingles), Values<ulong>(row.SlotContexts), Values<ulong>(row.Terms), Values<ulong>(row.ParagraphHashes), Values<uint>(row.Places));

    static byte[] Bytes<T>(T[] values) where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Fingerprints are stored little-endian.");
        return bytes;
    }

    static T[] Values<T>(byte[] bytes) where T : unmanaged =>
        MemoryMarshal.Cast<byte, T>(bytes.AsSpan()).ToArray();
}
