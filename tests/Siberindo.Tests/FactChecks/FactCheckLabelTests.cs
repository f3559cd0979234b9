using Siberindo.FactChecks;

namespace Siberindo.Tests.FactChecks;

/// <summary>The label says the verdict once: a title's leading rating in brackets is left out, anything else kept.</summary>
public sealed class FactCheckLabelTests
{
    [Theory]
    [InlineData("[HOAKS] Sembako Gratis Lewat Tautan", "HOAKS", null, "Sembako Gratis Lewat Tautan")]
    [InlineData("[hoaks]Sembako Gratis", "HOAKS", null, "Sembako Gratis")]
    [InlineData("[SALAH] Rebusan Kulit Manggis", "HOAKS", "Salah", "Rebusan Kulit Manggis")]
    [InlineData("[BENAR] Jalan Kaliurang Satu Arah", "BENAR", null, "Jalan Kaliurang Satu Arah")]
    [InlineData("[SALAH] Rebusan Kulit Manggis", "HOAKS", "Konten Palsu", "[SALAH] Rebusan Kulit Manggis")]
    [InlineData("[VIDEO] Banjir Bandang", "HOAKS", null, "[VIDEO] Banjir Bandang")]
    [InlineData("Sembako Gratis [HOAKS]", "HOAKS", null, "Sembako Gratis [HOAKS]")]
    [InlineData("[HOAKS]", "HOAKS", null, "[HOAKS]")]
    [InlineData("[] Kosong", "HOAKS", null, "[] Kosong")]
    public void TitleAfterVerdict(string title, string verdict, string? ratingOriginal, string expected)
    {
        var label = new FactCheckLabel(1, "x", title, verdict != "BENAR", verdict, MatchRelation.Repeats, ratingOriginal);
        Assert.Equal(expected, label.TitleAfterVerdict);
    }
}
