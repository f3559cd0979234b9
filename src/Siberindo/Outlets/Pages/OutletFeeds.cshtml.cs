using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Crawling;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Outlets.Pages;

/// <summary>
/// The feed-health page of one outlet: how polling goes, how much it publishes, and the full-text switch. Open to
/// whoever manages the outlet (its area's board, or its own editor); another area's outlet is not found.
/// </summary>
public sealed class OutletFeedsModel(SiberindoDb db, FeedHealthQuery health, FullTextService fullText, TimeProvider clock,
    AccessScope scope, AuditLog audit) : PageModel
{
    public Outlet Outlet { get; private set; } = null!;
    public IReadOnlyList<FeedHealthRow> Rows { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken ct)
    {
        if (await scope.Outlets(db.Outlets).AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) is not { } outlet) return NotFound();
        Outlet = outlet;
        Rows = await health.ForOutletAsync(id, ct);
        Message = done switch
        {
            "poll" => "Feed dijadwalkan untuk diambil sekarang. (Scheduled for polling now.)",
            "fulltext-on" => "Teks lengkap diaktifkan; berita terbaru sedang diambil. (Full text on.)",
            "fulltext-off" => "Teks lengkap dimatikan. (Full text off.)",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPollNowAsync(int id, int feedId, CancellationToken ct)
    {
        if (!await scope.Outlets(db.Outlets).AnyAsync(o => o.Id == id, ct)) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Feeds.Where(f => f.Id == feedId && f.OutletId == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextPollAt, now), ct);
        return changed == 0 ? NotFound() : Redirect($"/admin/media/{id}/feed?done=poll#feed-{feedId}");
    }

    public async Task<IActionResult> OnPostFullTextAsync(int id, bool enable, CancellationToken ct)
    {
        if (await scope.Outlets(db.Outlets).SingleOrDefaultAsync(o => o.Id == id, ct) is not { } outlet) return NotFound();
        if (outlet.FetchFullText != enable)
        {
            audit.Record("update", "Outlet", outlet.Id, outlet.Name, outlet,
                $"Teks lengkap: {(outlet.FetchFullText ? "ya" : "tidak")} → {(enable ? "ya" : "tidak")}");
            outlet.FetchFullText = enable;
            await db.SaveChangesAsync(ct);
        }
        // Recent articles get their text too, not only those published from now on.
        if (enable) await fullText.SweepAsync(ct, id);
        return Redirect($"/admin/media/{id}/feed?done={(enable ? "fulltext-on" : "fulltext-off")}");
    }
}
