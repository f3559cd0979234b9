using Microsoft.EntityFrameworkCore;
using Siberindo.Boards;
using Siberindo.Partners;
using Siberindo.Releases;
using Siberindo.Storage;

namespace Siberindo.Demo;

/// <summary>
/// A demo partner (clearly fictional) whose releases are the demo network's own press releases: those issued in the
/// last six hours are published, the next two are scheduled with their embargo, so the demo outlets that republish
/// them show up in the coverage reports and the public face has something to show. Also one agreement with the first
/// provincial board. Each start adds the releases it does not have yet.
/// </summary>
public static class DemoPartnerSeeder
{
    public const string Name = "Diskominfo Demo (fiktif)";

    public static async Task<int> SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        var partners = scope.ServiceProvider.GetRequiredService<PartnerService>();
        var partner = await db.Set<Partner>().SingleOrDefaultAsync(p => p.IsDemo, ct);
        if (partner is null)
        {
            partner = (await partners.CreateAsync(new PartnerDraft(Name, PartnerKind.Diskominfo, null, null, null, null, null), ct)).Partner!;
            partner.IsDemo = true;
            await db.SaveChangesAsync(ct);
            if (await db.Set<Board>().Where(b => b.Level == BoardLevel.Province).OrderBy(b => b.ProvinceCode).FirstOrDefaultAsync(ct) is { } board)
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                await partners.CreateAgreementAsync(new AgreementDraft(partner.Id, board.Id, "Kerja sama publikasi rilis (data demo)", "DEMO-001/PKS",
                    "Penyebaran siaran pers kepada media anggota dan laporan liputannya (data demo).", today.AddMonths(-11), today.AddDays(45), AgreementStatus.Active), ct);
            }
        }
        var releases = scope.ServiceProvider.GetRequiredService<ReleaseService>();
        var now = clock.GetUtcNow();
        var known = (await db.Set<Release>().Where(r => r.PartnerId == partner.Id).Select(r => r.EmbargoUntil).ToListAsync(ct)).ToHashSet();
        var added = 0;
        for (var n = DemoWorld.ReleaseAt(now - TimeSpan.FromHours(6)); n <= DemoWorld.ReleaseAt(now) + 2; n++)
        {
            var (title, paragraphs, issued) = DemoWorld.Release(n);
            if (known.Contains(issued.UtcDateTime)) continue;
            var (release, _) = await releases.CreateAsync(partner.Id, new ReleaseForm(title, "JAKARTA (data demo)",
                string.Concat(paragraphs.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")), "Rilis ini adalah data demo Siberindo: lembaga dan peristiwanya fiktif.",
                "Humas Diskominfo Demo, 0800-0000-0000 (fiktif)", ReleaseCategory.Pemerintahan, 5, "Bebas dimuat ulang dengan menyebut sumber.", null, true, [], []), ct);
            if (release is null) continue;
            await releases.ScheduleAsync(release.Id, issued.UtcDateTime, ct);
            // A release issued before this start is dated when the demo network issued it (a partner's own past
            // embargo would mean "now"), so the outlets that republished it since are its pickups.
            if (issued < now)
                await db.Set<Release>().Where(r => r.Id == release.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.EmbargoUntil, issued.UtcDateTime).SetProperty(r => r.ReleasedAt, issued.UtcDateTime), ct);
            added++;
        }
        return added;
    }
}
