using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Anthology;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Competition.Pages;

/// <summary>/admin/lomba/{id}: rubric, jury and conflicts, assignment, the ranking so far, publication and the book.</summary>
[Authorize(Policy = Roles.Staff)]
public sealed class AdminRoundModel(RoundService rounds, JudgePanel panel, ResultsService results, AnthologyService books, SiberindoDb db) : PageModel
{
    public CompetitionRound Round { get; private set; } = null!;
    /// <summary>The phase by the product's clock (the one services decide by), so the buttons shown are the ones that work.</summary>
    public RoundPhase Phase => Round.PhaseAt(rounds.Now);
    public List<Judge> Judges { get; private set; } = [];
    public List<OutletChoice> OutletChoices { get; private set; } = [];
    public Dictionary<int, int> Loads { get; private set; } = [];
    public int Entries { get; private set; }
    public List<RankingRow> Ranking { get; private set; } = [];
    public AnthologyService.Counts? Book { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    // One bound form per handler, each posted under its own prefix (Criterion.Name and Judge.Name are different fields).
    [BindProperty] public CriterionForm Criterion { get; set; } = new();
    [BindProperty] public JudgeForm Judge { get; set; } = new();
    [BindProperty] public ConflictForm Conflict { get; set; } = new();
    [BindProperty] public PublishForm Publish { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) { await LoadAsync(id, ct); return Page(); }

    public Task<IActionResult> OnPostCriterionAsync(int id, CancellationToken ct) => Act(id, async () =>
        Show(await rounds.AddCriterionAsync(id, new CriterionDraft(Criterion.Name, Criterion.Description, Criterion.Weight, Criterion.Counted, Criterion.MaxScore), ct),
            nameof(Criterion)), ct);

    public Task<IActionResult> OnPostJudgeAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var added = await panel.AddJudgeAsync(id, new JudgeDraft(Judge.Email, Judge.Name, null, Judge.BoardProvinceCode, Judge.FamilyNames), null, ct);
        Show(added.Errors, nameof(Judge));
        if (added.Password is not null) Message = $"Akun juri dibuat. Kata sandi (hanya ditampilkan sekali): {added.Password}";
    }, ct);

    public Task<IActionResult> OnPostConflictAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var (outletId, error) = await panel.OutletAsync(Round, Conflict.Outlet, ct);
        Show(error is not null ? [error] : await panel.DeclareConflictAsync(id, Conflict.JudgeId, Conflict.Type, null, outletId, Conflict.Note, ct), nameof(Conflict));
    }, ct);

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var (plan, errors) = await panel.AssignAsync(id, ct);
        Errors = errors;
        if (plan is not null) Message = $"{plan.Pairs.Count} penugasan dibuat; {plan.Missing.Count} naskah kurang juri (tambahkan juri atau naikkan beban maksimal).";
    }, ct);

    // Its refusals are about the round (its phase, its scores), not about a field.
    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        Act(id, async () => Errors = await results.PublishAsync(id, Publish.JuryNotes, Publish.AlsoInBook, ct), ct);

    public Task<IActionResult> OnPostBookAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var built = await books.BuildAsync(id, ct);
        if (built is null) Errors = ["Buku dibuat setelah hasil diumumkan (publish the results first)."];
        else Message = $"Buku dibuat: {built.Entries} naskah, PDF {built.PdfPages} halaman.";
    }, ct);

    /// <summary>Shows a refusal of the form posted under <paramref name="form"/> next to its fields.</summary>
    private void Show(List<FormError> errors, string form) => Errors = FormErrors.Show(ViewData, errors, form + ".");

    private async Task<IActionResult> Act(int id, Func<Task> work, CancellationToken ct)
    {
        Round = await rounds.ManagedAsync(id, ct);
        await work();
        // A change that was taken leaves every form as it first was; a refused one keeps what was typed.
        if (Errors.Count == 0)
        {
            ModelState.Clear();
            (Criterion, Judge, Conflict, Publish) = (new(), new(), new(), new());
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Round = await rounds.ManagedAsync(id, ct);
        Judges = await db.Set<Judge>().AsNoTracking().Include(j => j.Conflicts).Where(j => j.RoundId == id).OrderBy(j => j.Name).ToListAsync(ct);
        var judgeIds = Judges.Select(j => j.Id).ToList();
        Loads = await db.Set<JudgeAssignment>().Where(a => judgeIds.Contains(a.JudgeId)).GroupBy(a => a.JudgeId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        Entries = await rounds.Entries(id).CountAsync(ct);
        Ranking = await results.RankingAsync(Round, ct);
        Book = await books.CountsAsync(id, ct);
        OutletChoices = await panel.OutletChoicesAsync(Round, ct);
    }
}
