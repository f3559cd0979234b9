using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siberindo.Competition.Pages;

/// <summary>/juri/{assignment}: one entry, blind, and the judge's score sheet (a score and a comment per criterion).</summary>
[Authorize(Roles = CompetitionRoles.Judge)]
public sealed class JudgeSheetModel(JudgingService judging) : PageModel
{
    public JudgingService.Sheet Sheet { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }
    [BindProperty] public Dictionary<int, decimal?> Score { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Note { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int assignment, CancellationToken ct)
    {
        if (await judging.SheetAsync(assignment, ct) is not { } sheet) return NotFound();
        Sheet = sheet;
        Score = sheet.Scores.ToDictionary(s => s.Key, s => (decimal?)s.Value.Value);
        Note = sheet.Scores.ToDictionary(s => s.Key, s => s.Value.Comment);
        Comment = sheet.Comment;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int assignment, CancellationToken ct)
    {
        if (await judging.SheetAsync(assignment, ct) is null) return NotFound();
        Errors = await judging.ScoreAsync(assignment, Score, Note, Comment, ct);
        Saved = Errors.Count == 0;
        Sheet = (await judging.SheetAsync(assignment, ct))!;
        return Page();
    }
}
