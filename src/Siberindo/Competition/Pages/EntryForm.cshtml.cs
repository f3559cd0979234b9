using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Siberindo.Competition.Pages;

/// <summary>/lomba/{id}/kirim: a journalist sends an entry or edits theirs until the window closes.</summary>
[Authorize(Roles = CompetitionRoles.Journalist)]
[RequestSizeLimit(4 * EntryLimits.MaxImageBytes + 1024 * 1024)]
public sealed class EntryFormModel(RoundService rounds, EntrantService entrants) : PageModel
{
    public CompetitionRound Round { get; private set; } = null!;
    public Entrant? Who { get; private set; }
    public CompetitionEntry? Existing { get; private set; }
    public string? Refusal { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public bool Consent { get; set; }
    [BindProperty] public string? Licence { get; set; }
    [BindProperty] public List<IFormFile> Photos { get; set; } = [];
    [BindProperty] public List<string?> Captions { get; set; } = [];
    [BindProperty] public List<string?> Credits { get; set; } = [];
    [BindProperty] public List<string?> Alts { get; set; } = [];
    [BindProperty] public List<int> Remove { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Existing is not null) (Title, Body, Consent, Licence) = (Existing.Title, Existing.Body, Existing.Consent, Existing.Licence);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var pictures = new List<PictureUpload>();
        var errors = new List<string>();
        for (var i = 0; i < Photos.Count; i++)
        {
            if (Photos[i].Length == 0) continue;
            var (picture, error) = await EntryPictures.ReadAsync(Photos[i], Captions.ElementAtOrDefault(i), Credits.ElementAtOrDefault(i), Alts.ElementAtOrDefault(i), ct);
            if (error is not null) errors.Add(error); else pictures.Add(picture!);
        }
        if (errors.Count == 0)
        {
            var draft = new EntryDraft(Title, Body, Consent, Licence, pictures, Remove);
            errors = Existing is null ? (await entrants.SubmitAsync(id, draft, ct)).Errors : await entrants.UpdateAsync(Existing.Id, draft, ct);
        }
        Errors = errors;
        Saved = errors.Count == 0;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var round = await rounds.Rounds().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return false;
        Round = round;
        Who = await entrants.WhoAsync(ct);
        Existing = await entrants.Mine().AsNoTracking().Include(e => e.Images).Where(e => e.RoundId == id).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        Refusal = await entrants.RefusalAsync(round, Who, Existing?.Id, ct);
        return true;
    }
}
