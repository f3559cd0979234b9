using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Anthology;

namespace Siberindo.Competition.Pages;

/// <summary>/lomba/{id}: the call (theme, rules, eligibility, window), then the results: ranking, jury's notes, winners, the book.</summary>
public sealed class RoundPageModel(RoundService rounds, AnthologyService books) : PageModel
{
    public CompetitionRound Round { get; private set; } = null!;
    public RoundPhase Phase { get; private set; }
    public List<CompetitionEntry> Ranked { get; private set; } = [];
    public AnthologyService.Counts? Book { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var round = await rounds.Rounds().AsNoTracking().Include(r => r.Criteria).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        (Round, Phase) = (round, round.PhaseAt(rounds.Now));
        // Names appear only with the results: before that, nobody (judges included) learns who entered.
        if (Phase == RoundPhase.Results)
            Ranked = await rounds.Entries(id).AsNoTracking().Where(e => e.Rank != null).OrderBy(e => e.Rank).ToListAsync(ct);
        Book = await books.CountsAsync(id, ct);
        return Page();
    }
}
