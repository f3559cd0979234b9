using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Shared;

namespace Siberindo.Competition.Pages;

/// <summary>/juri/{assignment}: one entry, blind, and the judge's score sheet (a score and a comment per criterion).</summary>
[Authorize(Roles = CompetitionRoles.Judge)]
public sealed class JudgeSheetModel(JudgingService judging) : PageModel
{
    public JudgingService.Sheet Sheet { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }
    // Per criterion, by its id: Score[12], Note[12] (the names JudgingService.ScoreField gives its refusals).
    [BindProperty] public Dictionary<int, decimal?> Score { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Note { get; set; } = [];
    [BindProperty, Display(Name = "Catatan umum")] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int assignment, CancellationToken ct)
    {
        if (await judging.SheetAsync(assignment, ct) is not { } sheet) return NotFound();
        Score = sheet.Scores.ToDictionary(s => s.Key, s => (decimal?)s.Value.Value);
        Note = sheet.Scores.ToDictionary(s => s.Key, s => s.Value.Comment);
        Comment = sheet.Comment;
        Show(sheet);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int assignment, CancellationToken ct)
    {
        if (await judging.SheetAsync(assignment, ct) is null) return NotFound();
        var errors = await judging.ScoreAsync(assignment, Score, Note, Comment, ct);
        Errors = FormErrors.Show(ViewData, errors);
        Saved = errors.Count == 0;
        Show((await judging.SheetAsync(assignment, ct))!);
        return Page();
    }

    /// <summary>The sheet, with a field for every criterion (each one asks for its score and comment, given or not).</summary>
    private void Show(JudgingService.Sheet sheet)
    {
        Sheet = sheet;
        foreach (var c in sheet.Criteria)
        {
            Score.TryAdd(c.Id, null);
            Note.TryAdd(c.Id, null);
        }
    }
}
