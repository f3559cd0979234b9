using Siberindo.Certificates;
using Siberindo.Reports;
using Siberindo.Tests.Infrastructure;
using SkiaSharp;

namespace Siberindo.Tests.Certificates;

/// <summary>The certificate PDF with its fonts cut to the characters it draws: small, its text still extractable, its QR code still read.</summary>
public sealed class CertificatePdfTests
{
    private static Certificate Sample() => new()
    {
        Code = "7K2QH-M9XZA", HolderName = "Ni Luh Ayu Ṣuryani Ñoviantï", OutletName = "Kabar Serang", EventTitle = "Pelatihan Cek Fakta Banten 2026",
        EventKind = "Pelatihan cek fakta", EventStartsOn = new DateOnly(2026, 11, 30), EventEndsOn = new DateOnly(2026, 12, 1),
        Issuer = "Pengurus Provinsi Banten", IssuedOn = new DateOnly(2026, 12, 2),
    };

    [Fact]
    public async Task A_certificate_embeds_only_the_glyphs_it_draws_and_reads_back_whole()
    {
        var url = "https://siberindo.example/sertifikat/7K2QH-M9XZA";
        var pdf = CertificatePdf.Write(Sample(), url);
        // Two whole DejaVu fonts made it about 725 KiB; the subsets are a few KiB each.
        Assert.True(pdf.Length < 64 * 1024, $"{pdf.Length / 1024} KiB");
        var (pages, text) = PdfText.Read(pdf);
        Assert.Equal(1, pages);
        foreach (var line in new[] { "SERTIFIKAT", Sample().HolderName, "Pelatihan Cek Fakta Banten 2026", "1 Desember 2026", "Kode sertifikat: 7K2QH-M9XZA", "Pengurus Provinsi Banten" })
            Assert.Contains(PdfText.Compact(line), text);
        Assert.Equal(url, await QrReader.ReadFromPdfAsync(pdf));
    }

    [Fact]
    public void A_subset_maps_the_characters_asked_for_and_no_others()
    {
        using var whole = SKTypeface.FromFamilyName("DejaVu Sans");
        Assert.Equal("DejaVu Sans", whole.FamilyName); // fonts-dejavu-core, which the certificates print with
        using var stream = whole.OpenStream();
        var file = new byte[stream.Length];
        stream.Read(file, file.Length);
        var subset = FontSubset.Subset(file, ["Sah ñ"]);
        Assert.NotNull(subset);
        Assert.True(subset!.Length < file.Length / 20, $"{subset.Length} of {file.Length} bytes");
        using var face = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var font = new SKFont(face, 12);
        Assert.All("Sahñ ".Select(c => font.GetGlyph(c)), g => Assert.NotEqual(0, g));
        Assert.All("XQ7é".Select(c => font.GetGlyph(c)), g => Assert.Equal(0, g));
        // Same advance widths as the whole font: the layout does not move.
        using var original = new SKFont(whole, 12);
        Assert.Equal(original.MeasureText("Sah ñ"), font.MeasureText("Sah ñ"), 3);
    }
}
