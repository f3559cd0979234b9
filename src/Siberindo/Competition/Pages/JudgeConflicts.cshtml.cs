using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Shared;

namespace Siberindo.Competition.Pages;

/// <summary>/juri/konflik: a judge declares, per round, relatives' family names, a board they sit on and outlets they are tied to.</summary>
[Authorize(Roles = CompetitionRoles.Judge)]
public sealed class JudgeConflictsModel(JudgeDeclarations declarations, JudgePanel panel) : PageModel
{
    public List<JudgeSeat> Seats { get; private set; } = [];
    public Dictionary<int, List<OutletChoice>> Choices { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    // Each seat (round) has its own two forms, keyed by the judge's id: Names[5].FamilyNames, Outlets[5].Outlet. So every
    // field has its own id, and a refusal is shown in the seat's form that was posted.
    [BindProperty] public Dictionary<int, DeclarationForm> Names { get; set; } = [];
    [BindProperty] public Dictionary<int, OwnConflictForm> Outlets { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNamesAsync(CancellationToken ct)
    {
        if (Names.Count != 1) return BadRequest();
        var (judgeId, form) = Names.Single();
        var errors = await declarations.SaveAsync(judgeId, form.FamilyNames, form.BoardProvinceCode, ct);
        return await ShowAsync(errors, $"{nameof(Names)}[{judgeId}].", "Pernyataan tersimpan.", ct);
    }

    public async Task<IActionResult> OnPostOutletAsync(CancellationToken ct)
    {
        if (Outlets.Count != 1) return BadRequest();
        var (judgeId, form) = Outlets.Single();
        var errors = await declarations.DeclareOutletAsync(judgeId, form.Type, form.Outlet, form.Note, ct);
        return await ShowAsync(errors, $"{nameof(Outlets)}[{judgeId}].", "Konflik dengan media tersimpan; naskah dari media itu tidak akan ditugaskan kepada Anda.", ct);
    }

    private async Task<IActionResult> ShowAsync(List<FormError> errors, string prefix, string saved, CancellationToken ct)
    {
        Errors = FormErrors.Show(ViewData, errors, prefix);
        if (errors.Count == 0)
        {
            // Saved: every form shows what is stored again; a refused one keeps what was typed.
            Message = saved;
            ModelState.Clear();
            (Names, Outlets) = ([], []);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Seats = await declarations.SeatsAsync(ct);
        foreach (var seat in Seats.Where(s => s.Open))
        {
            Choices[seat.Round.Id] = await panel.OutletChoicesAsync(seat.Round, ct);
            Names.TryAdd(seat.Judge.Id, new DeclarationForm { FamilyNames = seat.Judge.FamilyNames, BoardProvinceCode = seat.Judge.BoardProvinceCode });
            Outlets.TryAdd(seat.Judge.Id, new OwnConflictForm());
        }
    }
}
