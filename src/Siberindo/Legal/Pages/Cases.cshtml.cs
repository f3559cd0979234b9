using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Legal.Pages;

/// <summary>The legal-assistance cases the user may see, and the form that opens one (a member asking for help).</summary>
[Authorize(Policy = Roles.Staff)]
public sealed class CasesModel(SiberindoDb db, LegalService legal, AccessScope scope) : PageModel
{
    public sealed record Row(LegalCase Case, string Outlet);

    public List<Row> Cases { get; private set; } = [];
    public List<(int Id, string Name)> Outlets { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>
    /// Whether the form asks which outlet the case is for: an outlet's editor opens cases for its own outlet, and an
    /// area with one outlet leaves nothing to choose (the form posts that one).
    /// </summary>
    public bool ChoosesOutlet => scope.OutletId is null && Outlets.Count > 1;

    // The new case's fields, posted under their own names (OutletId, Kind, Title, Summary) as the page has always taken them.
    [BindProperty, Display(Name = "Media anggota")] public int OutletId { get; set; }
    [BindProperty, Display(Name = "Jenis sengketa")] public LegalCaseKind Kind { get; set; }
    [BindProperty, Display(Name = "Judul singkat")] public string? Title { get; set; }
    [BindProperty, Display(Name = "Uraian")] public string? Summary { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (scope.Level < ScopeLevel.Outlet) return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (scope.Level < ScopeLevel.Outlet) return NotFound();
        var (opened, errors) = await legal.OpenAsync(new LegalDraft(scope.OutletId ?? OutletId, Kind, Title, Summary), ct);
        if (opened is not null) return Redirect($"/admin/hukum/{opened.Id}");
        await LoadAsync(ct);
        // Without the outlet field on the page, a refused outlet is said in the summary only: there is no field to link to.
        Errors = FormErrors.Show(ViewData, ChoosesOutlet ? errors : errors.Renamed(nameof(OutletId), null));
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Cases = (await legal.Cases().AsNoTracking().OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).Take(500)
                .Join(db.Outlets, c => c.OutletId, o => o.Id, (c, o) => new { c, o.Name }).ToListAsync(ct))
            .Select(x => new Row(x.c, x.Name)).ToList();
        Outlets = (await scope.Outlets(db.Outlets).AsNoTracking().OrderBy(o => o.Name).Take(2000).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
