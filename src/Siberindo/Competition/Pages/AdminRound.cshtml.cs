using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Anthology;
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

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public decimal Weight { get; set; } = 1;
    [BindProperty] public bool Counted { get; set; }
    [BindProperty] public int MaxScore { get; set; } = 10;
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? BoardProvinceCode { get; set; }
    [BindProperty] public string? FamilyNames { get; set; }
    [BindProperty] public int JudgeId { get; set; }
    [BindProperty] public ConflictType Type { get; set; }
    [BindProperty] public string? Outlet { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? JuryNotes { get; set; }
    [BindProperty] public List<int> AlsoInBook { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) { await LoadAsync(id, ct); return Page(); }

    public Task<IActionResult> OnPostCriterionAsync(int id, CancellationToken ct) =>
        Act(id, async () => Errors = await rounds.AddCriterionAsync(id, new CriterionDraft(Name, Description, Weight, Counted, MaxScore), ct), ct);

    public Task<IActionResult> OnPostJudgeAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var added = await panel.AddJudgeAsync(id, new JudgeDraft(Email, Name, null, BoardProvinceCode, FamilyNames), null, ct);
        Errors = added.Errors;
        if (added.Password is not null) Message = $"Akun juri dibuat. Kata sandi (hanya ditampilkan sekali): {added.Password}";
    }, ct);

    public Task<IActionResult> OnPostConflictAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var (outletId, error) = await panel.OutletAsync(Round, Outlet, ct);
        Errors = error is not null ? [error] : await panel.DeclareConflictAsync(id, JudgeId, Type, null, outletId, Note, ct);
    }, ct);

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var (plan, errors) = await panel.AssignAsync(id, ct);
        Errors = errors;
        if (plan is not null) Message = $"{plan.Pairs.Count} penugasan dibuat; {plan.Missing.Count} naskah kurang juri (tambahkan juri atau naikkan beban maksimal).";
    }, ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        Act(id, async () => Errors = await results.PublishAsync(id, JuryNotes, AlsoInBook, ct), ct);

    public Task<IActionResult> OnPostBookAsync(int id, CancellationToken ct) => Act(id, async () =>
    {
        var built = await books.BuildAsync(id, ct);
        if (built is null) Errors = ["Buku dibuat setelah hasil diumumkan (publish the results first)."];
        else Message = $"Buku dibuat: {built.Entries} naskah, PDF {built.PdfPages} halaman.";
    }, ct);

    private async Task<IActionResult> Act(int id, Func<Task> work, CancellationToken ct)
    {
        Round = await rounds.ManagedAsync(id, ct);
        await work();
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
