using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;
using Siberindo.Stories.Corrections;

namespace Siberindo.Stories.Corrections.Pages;

/// <summary>Corrections that republished copies must follow, per outlet, with a mark for those already followed.</summary>
// Not scoped to an area yet: admin pusat only, while the rest of /admin is open to scoped roles.
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Siberindo.Accounts.Roles.Admin)]
public sealed class CorrectionFollowUpsModel(SiberindoDb db, CorrectionService corrections) : PageModel
{
    public sealed record Row(long Id, int OutletId, string OutletName, string OutletSlug, long CopyId, string CopyTitle, string CopyUrl,
        long CorrectionId, CorrectionKind Kind, RetractionReason? Reason, string Note, DateTime DeclaredAt,
        long OriginalId, string OriginalTitle, string OriginalOutlet, DateTime? NotifiedAt, DateTime? FollowedAt, string? FollowedBy);

    public List<Row> Rows { get; private set; } = [];
    public string? Outlet { get; private set; }
    public bool All { get; private set; }

    public async Task OnGetAsync(string? media, bool semua, CancellationToken ct)
    {
        Outlet = string.IsNullOrWhiteSpace(media) ? null : media.Trim();
        All = semua;
        var query = db.Set<CorrectionFollowUp>().AsNoTracking();
        if (Outlet is not null) query = query.Where(f => db.Outlets.Any(o => o.Id == f.OutletId && o.Slug == Outlet));
        if (!All) query = query.Where(f => f.FollowedAt == null);
        Rows = await query
            .OrderBy(f => f.FollowedAt != null).ThenByDescending(f => f.CreatedAt)
            .Take(500)
            .Join(db.Articles, f => f.ArticleId, a => a.Id, (f, copy) => new { f, copy })
            .Join(db.Articles, x => x.f.Correction!.ArticleId, a => a.Id, (x, original) => new Row(
                x.f.Id, x.copy.OutletId, x.copy.Outlet!.Name, x.copy.Outlet.Slug, x.copy.Id, x.copy.Title, x.copy.Url,
                x.f.CorrectionId, x.f.Correction!.Kind, x.f.Correction.Reason, x.f.Correction.Note, x.f.Correction.DeclaredAt,
                original.Id, original.Title, original.Outlet!.Name, x.f.NotifiedAt, x.f.FollowedAt, x.f.FollowedBy))
            .ToListAsync(ct);
        Rows = Rows.OrderBy(r => r.OutletName).ThenBy(r => r.FollowedAt is not null).ThenByDescending(r => r.DeclaredAt).ToList();
    }

    public async Task<IActionResult> OnPostFollowedAsync(long id, string? media, CancellationToken ct)
    {
        await corrections.MarkFollowedAsync(id, outletId: null, User.Identity?.Name ?? "admin", ct);
        return Redirect(media is { Length: > 0 } ? $"/admin/koreksi/ikuti?media={Uri.EscapeDataString(media)}" : "/admin/koreksi/ikuti");
    }
}
