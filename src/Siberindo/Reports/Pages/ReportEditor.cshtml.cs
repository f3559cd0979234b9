using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Accounts;
using Siberindo.Regions;

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

    public Task<IActionResult> OnPostSaveAsync(string province, int year, int? sectionId, string? title, string? body, int position, CancellationToken ct) =>
        ChangeAsync(province, year, () => narratives.SaveAsync(province, year, sectionId, title, body, position, ct), ct);

    public Task<IActionResult> OnPostDeleteAsync(string province, int year, int sectionId, CancellationToken ct) =>
        ChangeAsync(province, year, () => narratives.DeleteAsync(province, year, sectionId, ct), ct);

    private async Task<IActionResult> ChangeAsync(string province, int year, Func<Task<List<string>>> change, CancellationToken ct)
    {
        if (!await LoadAsync(province, year, ct)) return NotFound();
        var errors = await change();
        if (errors.Count == 0) return Redirect($"/admin/laporan/{province}/{year}");
        await LoadAsync(province, year, ct);
        Errors = errors;
        return Page();
    }

    private async Task<bool> LoadAsync(string province, int year, CancellationToken ct)
    {
        if (!scope.CoversProvince(province) || regions.Province(province) is not { } p || year < 1990 || year > clock.GetUtcNow().Year) return false;
        (Province, Year) = (p, year);
        Sections = await narratives.ListAsync(province, year, ct);
        return true;
    }
}
