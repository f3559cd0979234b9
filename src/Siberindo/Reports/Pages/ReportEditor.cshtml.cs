using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Accounts;
using Siberindo.Regions;
using Siberindo.Shared;

namespace Siberindo.Reports.Pages;

/// <summary>A province's year-end report before it is generated: the board's own sections, then the PDF.</summary>
[Authorize(Policy = Roles.Staff)]
public sealed class ReportEditorModel(ReportNarratives narratives, AccessScope scope, RegionCatalog regions, TimeProvider clock) : PageModel
{
    public ProvinceInfo Province { get; private set; } = null!;
    public int Year { get; private set; }
    public List<ReportNarrative> Sections { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string province, int year, CancellationToken ct) =>
        await LoadAsync(province, year, ct) ? Page() : NotFound();

    // The new section posts New.*, each existing one Edits[id].*: every form has its own ids, and a refused one shows
    // what was posted and why in that form.
    [BindProperty] public ReportSectionForm New { get; set; } = new();
    [BindProperty] public Dictionary<int, ReportSectionForm> Edits { get; set; } = [];

    public Task<IActionResult> OnPostSaveAsync(string province, int year, int? sectionId, CancellationToken ct)
    {
        var (form, prefix) = sectionId is { } id ? (Edits.GetValueOrDefault(id) ?? new(), $"{nameof(Edits)}[{id}].") : (New, nameof(New) + ".");
        return ChangeAsync(province, year, () => narratives.SaveAsync(province, year, sectionId, form.Title, form.Body, form.Position ?? 0, ct), prefix, ct);
    }

    public Task<IActionResult> OnPostDeleteAsync(string province, int year, int sectionId, CancellationToken ct) =>
        ChangeAsync(province, year, () => narratives.DeleteAsync(province, year, sectionId, ct), "", ct);

    private async Task<IActionResult> ChangeAsync(string province, int year, Func<Task<List<FormError>>> change, string prefix, CancellationToken ct)
    {
        if (!await LoadAsync(province, year, ct)) return NotFound();
        var errors = await change();
        if (errors.Count == 0) return Redirect($"/admin/laporan/{province}/{year}");
        await LoadAsync(province, year, ct);
        Errors = FormErrors.Show(ViewData, errors, prefix);
        return Page();
    }

    private async Task<bool> LoadAsync(string province, int year, CancellationToken ct)
    {
        if (!scope.CoversProvince(province) || regions.Province(province) is not { } p || year < 1990 || year > clock.GetUtcNow().Year) return false;
        (Province, Year) = (p, year);
        Sections = await narratives.ListAsync(province, year, ct);
        // Each form shows its section as stored, unless it is the one just posted; the new one is placed last.
        foreach (var section in Sections) Edits.TryAdd(section.Id, new() { Position = section.Position, Title = section.Title, Body = section.Body });
        New.Position ??= Sections.Count == 0 ? 1 : Math.Min(99, Sections.Max(s => s.Position) + 1);
        return true;
    }
}
