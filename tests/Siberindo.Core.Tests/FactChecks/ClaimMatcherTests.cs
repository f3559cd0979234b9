using Siberindo.Core.FactChecks;
using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.FactChecks;

public class ClaimMatcherTests
{
    static readonly ClaimText Sembako = new(1, "Warga cukup mengisi tautan pendaftaran di WhatsApp untuk menerima paket sembako gratis",
        "[HOAKS] Pesan Berantai Sembako Gratis Lewat Tautan", "Tautan itu mencatut nama dinas sosial.");
    static readonly ClaimText Imunisasi = new(2, "Jadwal imunisasi campak di posyandu dimajukan sepekan", "[BENAR] Jadwal Imunisasi Dimajukan",
        "Puskesmas membenarkan perubahan jadwal.");

    static HashSet<string> Analysed(params string[] texts) =>
        texts.SelectMany(t => IndonesianAnalyzer.Default.Analyze(t)).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Terms_are_every_term_of_the_known_claims_and_leave_with_a_removed_claim()
    {
        var matcher = new ClaimMatcher(new TermStatistics());
        matcher.Add(Sembako);
        matcher.Add(Imunisasi);
        var expected = Analysed(Sembako.Claim, Sembako.Title, Sembako.Review, Imunisasi.Claim, Imunisasi.Title, Imunisasi.Review);
        Assert.Equal(expected.Order(StringComparer.Ordinal), matcher.Terms().Order(StringComparer.Ordinal));

        matcher.Remove(Imunisasi.Id);
        Assert.Equal(Analysed(Sembako.Claim, Sembako.Title, Sembako.Review).Order(StringComparer.Ordinal), matcher.Terms().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(IndonesianAnalyzer.Default.Analyze("campak").Single(), matcher.Terms());
    }

    [Fact]
    public void Words_the_index_counts_in_most_articles_weigh_little_in_the_claims_share()
    {
        // The article shares the claim's common words (warga, gratis) but none of its rare ones.
        var article = ClaimMatcher.Analyse("Warga Antre Pengobatan Gratis", "Ratusan warga mengikuti pengobatan gratis di balai desa.");
        var unweighted = new ClaimMatcher(new TermStatistics());
        unweighted.Add(Sembako);
        var statistics = new TermStatistics();
        var common = Analysed("warga gratis");
        statistics.Record(10_000, unweighted.Terms().Concat(article.Distinct), common.ToDictionary(t => t, _ => 6_000L));
        var weighted = new ClaimMatcher(statistics);
        weighted.Add(Sembako);

        var plain = unweighted.Evidence(article).Single().Evidence.Claim;
        var rare = weighted.Evidence(article).Single().Evidence.Claim;
        Assert.True(rare < plain / 4, $"common words' share {rare} should be far below their unweighted share {plain}");
    }
}
