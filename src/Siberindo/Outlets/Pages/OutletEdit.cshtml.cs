using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Outlets.Pages;

public sealed class OutletEditModel(OutletRegistry registry, SiberindoDb db, AccessScope scope) : PageModel
{
    public sealed record RecentArticle(long Id, string Title, string Url, DateTime Published, long Clicks);

    [BindProperty]
    public OutletForm Form { get; set; } = new();
    public Outlet Outlet { get; private set; } = null!;
    public List<RecentArticle> Recent { get; private set; } = [];
    public long TotalClicks { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool? saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = OutletForm.From(Outlet);
        Saved = saved == true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await scope.Outlets(db.Outlets).AnyAsync(o => o.Id == id, ct)) return NotFound();
        var result = await registry.UpdateAsync(id, Form.ToDraft(), ct);
        if (result.Succeeded) return Redirect($"/admin/media/{id}?saved=true");
        if (!await LoadAsync(id, ct)) return NotFound();
        Errors = OutletForm.ShowErrors(ViewData, result.Problems);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var outlet = await scope.Outlets(db.Outlets).AsNoTracking().Include(o => o.Feeds).Include(o => o.Regency).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (outlet is null) return false;
        Outlet = outlet;
        Recent = await db.Articles.AsNoTracking().Where(a => a.OutletId == id)
            .OrderByDescending(a => a.Published).Take(30)
            .Select(a => new RecentArticle(a.Id, a.Title, a.Url, a.Published, a.Clicks)).ToListAsync(ct);
        TotalClicks = await db.Articles.Where(a => a.OutletId == id).SumAsync(a => a.Clicks, ct);
        return true;
    }
}
