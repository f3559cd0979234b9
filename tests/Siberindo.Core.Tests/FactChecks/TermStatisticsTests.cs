using Siberindo.Core.FactChecks;

namespace Siberindo.Core.Tests.FactChecks;

public class TermStatisticsTests
{
    static double Idf(long count, long documents) => Math.Log(1 + (documents + 1.0) / (1 + count));

    [Fact]
    public void Recorded_counts_are_the_sources_and_a_term_it_lacks_is_recorded_as_unseen()
    {
        var statistics = new TermStatistics();
        Assert.Equal(["banjir", "sleman"], statistics.Unknown(["sleman", "banjir", "sleman"]).Order());

        statistics.Record(1_000, ["sleman", "banjir"], new Dictionary<string, long> { ["sleman"] = 400 });
        Assert.Equal(1_000, statistics.Documents);
        Assert.Equal(Idf(400, 1_000), statistics.Idf("sleman"), 12);
        Assert.Equal(Idf(0, 1_000), statistics.Idf("banjir"), 12);
        // Both have a count now: asked for again, only the new term is missing.
        Assert.Equal(["gempa"], statistics.Unknown(["sleman", "banjir", "gempa"]));
        Assert.Equal(2, statistics.TermCount);
    }

    [Fact]
    public void A_later_record_sets_the_document_count_and_documents_read_add_to_it()
    {
        var statistics = new TermStatistics();
        statistics.Record(1_000, ["sleman"], new Dictionary<string, long> { ["sleman"] = 400 });
        statistics.Record(1_200, [], new Dictionary<string, long>());
        Assert.Equal(1_200, statistics.Documents);
        Assert.Equal(Idf(400, 1_200), statistics.Idf("sleman"), 12);

        // A command weighs the index's counts plus the file it matches.
        statistics.AddDocument(["sleman", "gempa"]);
        Assert.Equal(1_201, statistics.Documents);
        Assert.Equal(Idf(401, 1_201), statistics.Idf("sleman"), 12);
        Assert.Equal(Idf(1, 1_201), statistics.Idf("gempa"), 12);
    }

    [Fact]
    public void Clear_forgets_every_count_so_they_are_read_again()
    {
        var statistics = new TermStatistics();
        statistics.Record(1_000, ["sleman", "banjir"], new Dictionary<string, long> { ["sleman"] = 400 });
        statistics.Clear();
        Assert.Equal(0, statistics.Documents);
        Assert.Equal(0, statistics.TermCount);
        Assert.Equal(["banjir", "sleman"], statistics.Unknown(["sleman", "banjir"]).Order());
    }
}
