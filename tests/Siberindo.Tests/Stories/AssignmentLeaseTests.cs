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
        // Asked to assign, the web node answers that it may not (null), rather than taking the lease and assigning (1).
        var webAssigner = web.Services.GetRequiredService<StoryAssigner>();
        Assert.Null(await webAssigner.AssignPendingAsync());
        Assert.Equal(1, await webAssigner.PendingCountAsync(CancellationToken.None));
        Assert.Null(await web.WithDbAsync(d => d.Articles.Select(a => a.StoryId).SingleAsync()));
        Assert.Contains("Pemkab Sumbawa salurkan 12 ton benih jagung", await web.Client().GetStringAsync("/")); // shown on its own meanwhile

        // Another process, holding the lease, assigns it; the web node's import-style wait returns then.
        await using var worker = await TestApp.StartAsync(db, []);
        await webAssigner.AssignAllAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(await web.WithDbAsync(d => d.Articles.Select(a => a.StoryId).SingleAsync()));
    }

    [Fact]
    public void Fingerprints_are_stored_as_little_endian_bytes_and_read_back_unchanged()
    {
        var published = new DateTimeOffset(2025, 8, 4, 8, 0, 0, TimeSpan.FromHours(7));
        var fp = new ArticleFingerprint(7, "sumbawa.example", "Pemkab Sumbawa salurkan benih", published,
            Shingles: [0x01020304, 0xA0B0C0D0], SlotContexts: [0x0102030405060708], Terms: [0x1122334455667788],
            ParagraphHashes: [0xFF], Places: [0x0A0B0C0D]);

        var row = FingerprintCodec.ToRow(fp, 42);
        // The bytes written, not only what reading them gives back: a stored row must stay readable by later versions.
        Assert.Equal((7L, 42L, "sumbawa.example", new DateTime(2025, 8, 4, 1, 0, 0, DateTimeKind.Utc)), (row.ArticleId, row.Sequence, row.Outlet, row.Published));
        Assert.Equal([0x04, 0x03, 0x02, 0x01, 0xD0, 0xC0, 0xB0, 0xA0], row.Shingles);
        Assert.Equal([0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01], row.SlotContexts);
        Assert.Equal([0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11], row.Terms);
        Assert.Equal([0xFF, 0, 0, 0, 0, 0, 0, 0], row.ParagraphHashes);
        Assert.Equal([0x0D, 0x0C, 0x0B, 0x0A], row.Places);

        var back = FingerprintCodec.FromRow(row);
        Assert.Equal((7L, "sumbawa.example", "Pemkab Sumbawa salurkan benih", new DateTimeOffset(2025, 8, 4, 1, 0, 0, TimeSpan.Zero)),
            (back.Id, back.Outlet, back.Title, back.Published));
        Assert.Equal([0x01020304u, 0xA0B0C0D0u], back.Shingles);
        Assert.Equal([0x0102030405060708ul], back.SlotContexts);
        Assert.Equal([0x1122334455667788ul], back.Terms);
        Assert.Equal([0xFFul], back.ParagraphHashes);
        Assert.Equal([0x0A0B0C0Du], back.Places);
    }
}
