using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Core.Stories;
using Siberindo.Hosting;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;
using static Siberindo.Tests.Stories.StoryTexts;

namespace Siberindo.Tests.Stories;

public sealed class AssignmentLeaseTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_holder_at_a_time_and_an_expired_lease_moves_on(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, "--Stories:Assign=false");
        var now = DateTime.UtcNow;
        var ttl = TimeSpan.FromMinutes(1);
        await app.WithDbAsync(async db =>
        {
            Assert.True(await WorkLeases.TryAcquireAsync(db, "test", "a", now, ttl, default));
            Assert.False(await WorkLeases.TryAcquireAsync(db, "test", "b", now, ttl, default));
            Assert.True(await WorkLeases.TryAcquireAsync(db, "test", "a", now.AddSeconds(30), ttl, default)); // renewal
            Assert.False(await WorkLeases.RenewAsync(db, "test", "b", now, ttl, default));
            Assert.True(await WorkLeases.TryAcquireAsync(db, "test", "b", now.AddMinutes(2), ttl, default)); // a died
            Assert.False(await WorkLeases.RenewAsync(db, "test", "a", now.AddMinutes(2), ttl, default));
            await WorkLeases.ReleaseAsync(db, "test", "b", default);
            Assert.True(await WorkLeases.TryAcquireAsync(db, "test", "a", now.AddMinutes(2), ttl, default));
            return 0;
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_web_only_node_never_assigns_and_waits_for_the_lease_holder(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var web = await TestApp.StartAsync(db, ["--Node:Role=web"]);
        var outlet = await Seed.OutletAsync(web, "Sumbawa Kini", "https://sumbawa.example", "36.04");
        await web.WithServiceAsync<Siberindo.Articles.ArticleIngestor, int>(async i =>
            (await i.IngestAsync(outlet, null, [Article("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Body(Seeds, "SUMBAWA"), DateTime.UtcNow)])).Stored.Count);
        await Task.Delay(500);
        Assert.Null(await web.WithDbAsync(d => d.Articles.Select(a => a.StoryId).SingleAsync()));
        Assert.Contains("Pemkab Sumbawa salurkan 12 ton benih jagung", await web.Client().GetStringAsync("/")); // shown on its own meanwhile

        // Another process, holding the lease, assigns it; the web node's import-style wait returns then.
        await using var worker = await TestApp.StartAsync(db, []);
        await web.Services.GetRequiredService<StoryAssigner>().AssignAllAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(await web.WithDbAsync(d => d.Articles.Select(a => a.StoryId).SingleAsync()));
    }

    [Fact]
    public void Fingerprints_are_stored_and_read_back_unchanged()
    {
        var fp = new ArticleFingerprinter().Fingerprint(new StoryArticle(7, "sumbawa.example", "Pemkab Sumbawa salurkan benih",
            Body(Seeds, "SUMBAWA"), new DateTimeOffset(2025, 8, 4, 1, 0, 0, TimeSpan.Zero)));
        var back = FingerprintCodec.FromRow(FingerprintCodec.ToRow(fp, 42));
        Assert.Equal((fp.Id, fp.Outlet, fp.Title, fp.Published), (back.Id, back.Outlet, back.Title, back.Published));
        Assert.Equal(fp.Shingles, back.Shingles);
        Assert.Equal(fp.SlotContexts, back.SlotContexts);
        Assert.Equal(fp.Terms, back.Terms);
        Assert.Equal(fp.ParagraphHashes, back.ParagraphHashes);
        Assert.NotEmpty(fp.Shingles);
    }
}
