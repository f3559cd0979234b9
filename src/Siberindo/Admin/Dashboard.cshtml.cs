using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Admin;

public sealed class DashboardModel(SiberindoDb db, TimeProvider clock) : PageModel
{
    public sealed record FailingFeed(int OutletId, string OutletName, string Url, string? Error, int Failures, DateTime? LastFetchedAt, DateTime NextPollAt);

    public int Outlets { get; private set; }
    public int Feeds { get; private set; }
    public int HealthyFeeds { get; private set; }
    public int UnhealthyFeeds { get; private set; }
    public int Articles { get; private set; }
    public int ArticlesToday { get; private set; }
    public long Clicks { get; private set; }
    public List<FailingFeed> Failing { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        Outlets = await db.Outlets.CountAsync(ct);
        Feeds = await db.Feeds.CountAsync(ct);
        HealthyFeeds = await db.Feeds.CountAsync(f => f.Health == FeedHealth.Healthy, ct);
        UnhealthyFeeds = await db.Feeds.CountAsync(f => f.Health == FeedHealth.Unhealthy, ct);
        Articles = await db.Articles.CountAsync(ct);
        ArticlesToday = await db.Articles.CountAsync(a => a.Fetched >= since, ct);
        Clicks = await db.Articles.SumAsync(a => a.Clicks, ct);
        Failing = await db.Feeds.AsNoTracking()
            .Where(f => f.Health == FeedHealth.Unhealthy)
            .OrderByDescending(f => f.ConsecutiveFailures)
            .Take(50)
            .Select(f => new FailingFeed(f.OutletId, f.Outlet!.Name, f.Url, f.LastError, f.ConsecutiveFailures, f.LastFetchedAt, f.NextPollAt))
            .ToListAsync(ct);
    }
}
