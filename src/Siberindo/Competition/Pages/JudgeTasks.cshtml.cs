using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siberindo.Competition.Pages;

/// <summary>/juri: the judge's entries, by code and title only.</summary>
[Authorize(Roles = CompetitionRoles.Judge)]
public sealed class JudgeTasksModel(JudgingService judging) : PageModel
{
    public List<JudgeTask> Tasks { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Tasks = await judging.TasksAsync(ct);
}
