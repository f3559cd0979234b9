using Siberindo.Core.Stories;

namespace Siberindo.Core.Tests.Stories;

public class CorrectionMarkersTests
{
    [Theory]
    [InlineData("[Ralat] Pemkab salurkan 12 ton benih", CorrectionMarkers.Kind.Ralat)]
    [InlineData("RALAT: Pemkab salurkan 12 ton benih", CorrectionMarkers.Kind.Ralat)]
    [InlineData("Pemkab salurkan 12 ton benih (Koreksi)", CorrectionMarkers.Kind.Koreksi)]
    [InlineData("Koreksi – Pemkab salurkan 12 ton benih", CorrectionMarkers.Kind.Koreksi)]
    [InlineData("[Update] Korban banjir bertambah", CorrectionMarkers.Kind.Koreksi)]
    [InlineData("(Diperbarui) Korban banjir bertambah", CorrectionMarkers.Kind.Koreksi)]
    [InlineData("Hak Jawab: PT Maju atas berita tambang", CorrectionMarkers.Kind.HakJawab)]
    public void Marked_titles_are_corrections(string title, CorrectionMarkers.Kind kind) =>
        Assert.Equal(kind, CorrectionMarkers.Find(title));

    [Theory]
    [InlineData("Polisi koreksi data korban banjir")]
    [InlineData("Update harga cabai di Pasar Sentral")]
    [InlineData("Ralat pun tak diterbitkan, warga protes")]
    public void Words_in_running_text_are_not_markers(string title) =>
        Assert.Null(CorrectionMarkers.Find(title));

    [Fact]
    public void A_summary_counts_only_when_it_opens_with_the_marker()
    {
        Assert.Equal(CorrectionMarkers.Kind.Ralat, CorrectionMarkers.Find("Judul", "Ralat: jumlah rumah rusak 47, bukan 74."));
        Assert.Null(CorrectionMarkers.Find("Judul", "Warga meminta [ralat] data."));
    }
}
