using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siberindo.Competition.Pages;

/// <summary>/juri/konflik: a judge declares, per round, relatives' family names, a board they sit on and outlets they are tied to.</summary>
[Authorize(Roles = CompetitionRoles.Judge)]
public sealed class JudgeConflictsModel(JudgeDeclarations declarations, JudgePanel panel) : PageModel
{
    public List<JudgeSeat> Seats { get; private set; } = [];
    public Dictionary<int, List<OutletChoice>> Choices { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty] public int JudgeId { get; set; }
    [BindProperty] public string? FamilyNames { get; set; }
    [BindProperty] public string? BoardProvinceCode { get; set; }
    [BindProperty] public ConflictType Type { get; set; }
    [BindProperty] public string? Outlet { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNamesAsync(CancellationToken ct)
    {
        Errors = await declarations.SaveAsync(JudgeId, FamilyNames, BoardProvinceCode, ct);
        if (Errors.Count == 0) Message = "Pernyataan tersimpan.";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOutletAsync(CancellationToken ct)
    {
        Errors = await declarations.DeclareOutletAsync(JudgeId, Type, Outlet, Note, ct);
        if (Errors.Count == 0) Message = "Konflik dengan media tersimpan; naskah dari media itu tidak akan ditugaskan kepada Anda.";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Seats = await declarations.SeatsAsync(ct);
        foreach (var seat in Seats.Where(s => s.Open))
            Choices[seat.Round.Id] = await panel.OutletChoicesAsync(seat.Round, ct);
    }
}
