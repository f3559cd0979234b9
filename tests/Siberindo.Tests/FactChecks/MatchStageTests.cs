using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Core.FactChecks;
using Siberindo.FactChecks;
using Siberindo.Outlets;
using Siberindo.Search;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.FactChecks;

/// <summary>The matching stage keeps pace with the crawl: no work while no check exists, rarity from the search index.</summary>
public sealed class MatchStageTests
{
    static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "FactChecks", "testdata", name);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_a_check_the_stage_analyses_nothing_then_the_first_check_labels_the_archive_and_the_stream(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var analysed = new AnalysedCounter(app);
        var stage = app.Services.GetRequiredService<MatchStage>();
        var outlet = await Seed.OutletAsync(app, "Warta Sleman", "https://warta-sleman.example", "34.04");
        await stage.RunPendingAsync(CancellationToken.None); // the cursor starts at the stream's end

        // No check published: the stored articles are passed over unread, and nothing waits for the stage.
        var stored = await IngestAsync(app, outlet, [FactCheckTexts.Repeats, FactCheckTexts.Debunks, .. FactCheckTexts.NearMisses]);
        await stage.RunPendingAsync(CancellationToken.None);
        Assert.Equal(0, analysed.Total);
        Assert.Equal(0, await stage.PendingCountAsync(CancellationToken.None));
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<FactCheckMatch>().CountAsync()));

        // The first check is matched against the recent archive the stage passed over.
        await app.Services.GetRequiredService<SearchIndexer>().IndexAllAsync(TimeSpan.FromSeconds(30));
        var (exit, _, errors) = await CliRunner.RunAsync(["cekfakta", "import", Fixture("claimreview.json"), .. app.Database.ConfigurationArgs]);
        Assert.True(exit == 0, errors);
        var hoax = await app.WithDbAsync(d => d.Set<FactCheck>().Where(f => f.Rating != FactCheckRating.Benar).SingleAsync());
        await stage.RunPendingAsync(CancellationToken.None);
        Assert.Equal(4, analysed.Total); // the archive, once
        var labelled = await LabelsAsync(app);
        Assert.Equal((hoax.Id, MatchRelation.Repeats), labelled[stored[0].Id]);
        Assert.Equal((hoax.Id, MatchRelation.Debunks), labelled[stored[1].Id]);
        Assert.False(labelled.ContainsKey(stored[2].Id), "a harvest of mangosteens is not the hoax");
        Assert.False(labelled.ContainsKey(stored[3].Id), "the hospital's real diabetes clinic is not the hoax");

        // Articles stored after the first check are matched as they come.
        (string Guid, string Title, string Body) again = ("kulit-5", "Pesan Berantai Kulit Manggis Sembuhkan Diabetes Kembali Beredar di Grup WhatsApp",
            "SLEMAN – Pesan berantai yang mengatasnamakan dokter penyakit dalam RSUD Sleman kembali beredar di grup WhatsApp warga pekan ini.\n\n" +
            "Pesan itu menyebut rebusan kulit manggis yang diminum pagi dan malam menyembuhkan diabetes dalam tiga hari, sehingga penderita tidak perlu suntik insulin lagi.\n\n" +
            "Sejumlah warga mengaku menerima pesan yang sama lebih dari sekali.");
        var later = await IngestAsync(app, outlet, [again]);
        await stage.RunPendingAsync(CancellationToken.None);
        Assert.Equal(5, analysed.Total);
        Assert.Equal((hoax.Id, MatchRelation.Repeats), (await LabelsAsync(app))[later[0].Id]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Word_rarity_is_what_the_search_index_counted(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var outlet = await Seed.OutletAsync(app, "Warta Sleman", "https://warta-sleman.example", "34.04");
        await IngestAsync(app, outlet, [FactCheckTexts.Repeats, FactCheckTexts.Debunks, .. FactCheckTexts.NearMisses]);
        var indexer = app.Services.GetRequiredService<SearchIndexer>();
        await indexer.IndexAllAsync(TimeSpan.FromSeconds(30));

        // "sleman" is in all four articles, "manggis" in three, "klinik" in one; "xanthone" in none.
        var statistics = new TermStatistics();
        var rarity = new IndexedWordRarity(statistics);
        await app.WithDbAsync(async d => { await rarity.PrepareAsync(d, ["sleman", "manggis", "klinik", "xanthone"], CancellationToken.None); return 0; });
        Assert.Equal(4, statistics.Documents);
        Assert.Equal(Idf(4, 4), statistics.Idf("sleman"), 9);
        Assert.Equal(Idf(3, 4), statistics.Idf("manggis"), 9);
        Assert.Equal(Idf(1, 4), statistics.Idf("klinik"), 9);
        Assert.Equal(Idf(0, 4), statistics.Idf("xanthone"), 9);

        // Once the index has grown by more than a tenth, the counts are read again.
        await IngestAsync(app, outlet, [("sleman-6", "Sleman Gelar Pasar Murah di Lima Kapanewon", "SLEMAN – Pemkab Sleman menggelar pasar murah di lima kapanewon.")]);
        await indexer.IndexAllAsync(TimeSpan.FromSeconds(30));
        await app.WithDbAsync(async d => { await rarity.PrepareAsync(d, ["sleman"], CancellationToken.None); return 0; });
        Assert.Equal(5, statistics.Documents);
        Assert.Equal(Idf(5, 5), statistics.Idf("sleman"), 9);

        // The stage weighs with the same counts: the index's documents, none of its own analysis.
        await CliRunner.RunAsync(["cekfakta", "import", Fixture("claimreview.json"), .. app.Database.ConfigurationArgs]);
        var stage = app.Services.GetRequiredService<MatchStage>();
        await stage.RunPendingAsync(CancellationToken.None);
        Assert.Equal(5, stage.Statistics!.Documents);
        Assert.Equal(Idf(3, 5), stage.Statistics.Idf("manggis"), 9);
    }

    static double Idf(long count, long documents) => Math.Log(1 + (documents + 1.0) / (1 + count));

    static async Task<IReadOnlyList<Article>> IngestAsync(TestApp app, Outlet outlet, (string Guid, string Title, string Body)[] texts) =>
        (await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            texts.Select(t => new IncomingArticle(t.Guid, $"{outlet.Website}/{t.Guid}", t.Title, null, t.Body, null, DateTime.UtcNow.AddMinutes(-5))).ToList()))).Stored;

    static Task<Dictionary<long, (long, MatchRelation)>> LabelsAsync(TestApp app) => app.WithDbAsync(d => d.Set<FactCheckMatch>()
        .Where(m => m.State == MatchState.Labelled).ToDictionaryAsync(m => m.ArticleId, m => (m.FactCheckId, m.Relation)));

    /// <summary>The stage's "siberindo.cekfakta.analysed" counter of this app only (other tests' apps run beside it).</summary>
    sealed class AnalysedCounter : IDisposable
    {
        readonly MeterListener _listener = new();
        long _total;

        public AnalysedCounter(TestApp app)
        {
            var factory = app.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "siberindo.cekfakta.analysed" && ReferenceEquals(instrument.Meter.Scope, factory)) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
