using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Anthology;

namespace Siberindo.Competition.Pages;

/// <summary>/lomba: every round with its phase, and the free books of finished ones.</summary>
public sealed class RoundsModel(RoundService rounds, AnthologyService books) : PageModel
{
    public sealed record Row(CompetitionRound Round, RoundPhase Phase, AnthologyService.Counts? Book);
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var list = await rounds.Rounds().AsNoTracking().OrderByDescending(r => r.SubmissionClosesAt).Take(100).ToListAsync(ct);
        foreach (var r in list) Rows.Add(new Row(r, r.PhaseAt(rounds.Now), await books.CountsAsync(r.Id, ct)));
    }
}
