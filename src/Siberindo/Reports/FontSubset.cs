using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Siberindo.Reports;

/// <summary>
/// Cuts a font down to the characters a document draws, with HarfBuzz's subsetter (hb-subset, exported by the
/// libHarfBuzzSharp that SkiaSharp's text shaping already ships). SkiaSharp's PDF backend in this build embeds a
/// typeface whole (its own subsetting is compiled out), so a one-page certificate carried two DejaVu fonts, about
/// 700 KiB; drawn with a subset typeface the PDF embeds only the glyphs it shows. Hinting stays: without it SkiaSharp
/// measures text a little differently, and centred lines would move.
/// </summary>
public static class FontSubset
{
    private static readonly ConcurrentDictionary<(string Family, bool Bold), byte[]?> Files = new();

    /// <summary>The installed family's font file subset to <paramref name="text"/>'s characters; the whole typeface if that fails.</summary>
    public static SKTypeface For(string family, bool bold, IEnumerable<string> text)
    {
        var file = Files.GetOrAdd((family, bold), key => Read(key.Family, key.Bold));
        if (file is not null && Subset(file, text) is { } subset && SKTypeface.FromData(SKData.CreateCopy(subset)) is { } face) return face;
        return SKTypeface.FromFamilyName(family, bold ? SKFontStyle.Bold : SKFontStyle.Normal) ?? SKTypeface.Default;
    }

    private static byte[]? Read(string family, bool bold)
    {
        using var typeface = SKTypeface.FromFamilyName(family, bold ? SKFontStyle.Bold : SKFontStyle.Normal);
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)) return null;
        using var stream = typeface.OpenStream(out var index);
        if (stream is null || index != 0) return null;
        var bytes = new byte[stream.Length];
        return stream.Read(bytes, bytes.Length) == bytes.Length ? bytes : null;
    }

    /// <summary>A TrueType/OpenType file holding only the glyphs of these characters (and what they need: .notdef, composites), or null.</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<string> text)
    {
        var blob = HbBlobCreate(font, (uint)font.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
        var face = HbFaceCreate(blob, 0);
        var input = HbSubsetInputCreateOrFail();
        var subset = IntPtr.Zero;
        var result = IntPtr.Zero;
        try
        {
            if (input == IntPtr.Zero) return null;
            var unicodes = HbSubsetInputUnicodeSet(input);
            foreach (var rune in text.SelectMany(t => t.EnumerateRunes()).Distinct()) HbSetAdd(unicodes, (uint)rune.Value);
            subset = HbSubsetOrFail(face, input);
            if (subset == IntPtr.Zero) return null;
            result = HbFaceReferenceBlob(subset);
            var data = HbBlobGetData(result, out var length);
            if (data == IntPtr.Zero || length == 0) return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (result != IntPtr.Zero) HbBlobDestroy(result);
            if (subset != IntPtr.Zero) HbFaceDestroy(subset);
            if (input != IntPtr.Zero) HbSubsetInputDestroy(input);
            HbFaceDestroy(face);
            HbBlobDestroy(blob);
        }
    }

    private const string Lib = "libHarfBuzzSharp";
    private const int MemoryModeDuplicate = 0;

    [DllImport(Lib, EntryPoint = "hb_blob_create")] private static extern IntPtr HbBlobCreate(byte[] data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(Lib, EntryPoint = "hb_blob_destroy")] private static extern void HbBlobDestroy(IntPtr blob);
    [DllImport(Lib, EntryPoint = "hb_blob_get_data")] private static extern IntPtr HbBlobGetData(IntPtr blob, out uint length);
    [DllImport(Lib, EntryPoint = "hb_face_create")] private static extern IntPtr HbFaceCreate(IntPtr blob, uint index);
    [DllImport(Lib, EntryPoint = "hb_face_destroy")] private static extern void HbFaceDestroy(IntPtr face);
    [DllImport(Lib, EntryPoint = "hb_face_reference_blob")] private static extern IntPtr HbFaceReferenceBlob(IntPtr face);
    [DllImport(Lib, EntryPoint = "hb_subset_input_create_or_fail")] private static extern IntPtr HbSubsetInputCreateOrFail();
    [DllImport(Lib, EntryPoint = "hb_subset_input_destroy")] private static extern void HbSubsetInputDestroy(IntPtr input);
    [DllImport(Lib, EntryPoint = "hb_subset_input_unicode_set")] private static extern IntPtr HbSubsetInputUnicodeSet(IntPtr input);
    [DllImport(Lib, EntryPoint = "hb_set_add")] private static extern void HbSetAdd(IntPtr set, uint codepoint);
    [DllImport(Lib, EntryPoint = "hb_subset_or_fail")] private static extern IntPtr HbSubsetOrFail(IntPtr face, IntPtr input);
}
