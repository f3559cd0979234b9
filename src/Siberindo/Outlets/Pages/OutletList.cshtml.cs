using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Outlets.Pages;

public sealed class OutletListModel(SiberindoDb db, AccessScope scope) : PageModel
{
    public sealed record Row(int Id, string Name, string Domain, string? ProvinceCode, VerificationStatus Verification, MembershipStatus? Membership,
        int Feeds, int UnhealthyFeeds, int Articles, long Clicks);

    public List<Row> Rows { get; private set; } = [];
    public string? Q { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Q = q?.Trim();
        var query = scope.Outlets(db.Outlets).AsNoTracking();
        if (!string.IsNullOrEmpty(Q)) query = query.Where(o => o.Name.Contains(Q) || o.Domain.Contains(Q));
        Rows = await query
            .OrderBy(o => o.Name)
            .Take(500)
            .Select(o => new Row(o.Id, o.Name, o.Domain, o.ProvinceCode, o.Verification,
                db.Set<MemberRecord>().Where(m => m.OutletId == o.Id).Select(m => (MembershipStatus?)m.Status).FirstOrDefault(),
                o.Feeds.Count, o.Feeds.Count(f => f.Health == FeedHealth.Unhealthy),
                db.Articles.Count(a => a.OutletId == o.Id),
                db.Articles.Where(a => a.OutletId == o.Id).Sum(a => a.Clicks)))
            .ToListAsync(ct);
    }
}
