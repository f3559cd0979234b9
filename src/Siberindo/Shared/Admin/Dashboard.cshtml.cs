using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Storage;
using Siberindo.Verification;

namespace Siberindo.Shared.Admin;

public sealed class DashboardModel(SiberindoDb db, TimeProvider clock, AccessScope scope, VerificationService verification) : PageModel
{
    public sealed record FailingFeed(int OutletId, string OutletName, string Url, string? Error, int Failures, DateTime? LastFetchedAt, DateTime NextPollAt);

    public int Outlets { get; private set; }
    public int Members { get; private set; }
    public int Applicants { get; private set; }
    public int Feeds { get; private set; }
    public int HealthyFeeds { get; private set; }
    public int UnhealthyFeeds { get; private set; }
    public int Articles { get; private set; }
    public int ArticlesToday { get; private set; }
    public long Clicks { get; private set; }
    public List<FailingFeed> Failing { get; private set; } = [];
    public List<ExpiringCertificate> Expiring { get; private set; } = [];
    public List<StalledCase> Stalled { get; private set; } = [];
    public AccessScope Scope => scope;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var outlets = scope.Outlets(db.Outlets);
        var feeds = db.Feeds.Where(f => outlets.Any(o => o.Id == f.OutletId));
        var articles = db.Articles.Where(a => outlets.Any(o => o.Id == a.OutletId));
        var records = db.Set<MemberRecord>().Where(m => outlets.Any(o => o.Id == m.OutletId));
        Outlets = await outlets.CountAsync(ct);
        Members = await records.CountAsync(m => m.Status == MembershipStatus.Member, ct);
        Applicants = await records.CountAsync(m => m.Status == MembershipStatus.Applicant, ct);
        Feeds = await feeds.CountAsync(ct);
        HealthyFeeds = await feeds.CountAsync(f => f.Health == FeedHealth.Healthy, ct);
        UnhealthyFeeds = await feeds.CountAsync(f => f.Health == FeedHealth.Unhealthy, ct);
        Articles = await articles.CountAsync(ct);
        ArticlesToday = await articles.CountAsync(a => a.Fetched >= since, ct);
        Clicks = await articles.SumAsync(a => a.Clicks, ct);
        Failing = await feeds.AsNoTracking()
            .Where(f => f.Health == FeedHealth.Unhealthy)
            .OrderByDescending(f => f.ConsecutiveFailures)
            .Take(50)
            .Select(f => new FailingFeed(f.OutletId, f.Outlet!.Name, f.Url, f.LastError, f.ConsecutiveFailures, f.LastFetchedAt, f.NextPollAt))
            .ToListAsync(ct);
        Expiring = await verification.ExpiringAsync(ct);
        if (scope.IsBoardAdmin) Stalled = await verification.StalledAsync(ct);
    }
}
