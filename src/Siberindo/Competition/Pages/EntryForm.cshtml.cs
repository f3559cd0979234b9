using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Shared;

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

    // The entry's fields, posted under the draft's names (Title, Body, ...) as the page has always taken them.
    [BindProperty, Display(Name = "Judul")] public string? Title { get; set; }
    [BindProperty, Display(Name = "Naskah (paragraf dipisah baris kosong; boleh <p>, <em>, <strong>, <h2>, <blockquote>, daftar)")] public string? Body { get; set; }
    [BindProperty, Display(Name = "Saya menyetujui naskah ini dimuat dan dibagikan gratis dalam buku antologi di bawah lisensi yang dipilih.")] public bool Consent { get; set; }
    [BindProperty, Display(Name = "Lisensi")] public string? Licence { get; set; }
    /// <summary>The stored pictures ticked for removal, one checkbox per picture.</summary>
    [BindProperty] public List<int> Remove { get; set; } = [];
    /// <summary>The picture sent with this post, posted as Photo.*: the name the service's picture refusals use (<see cref="EntryPictures.Field"/>).</summary>
    [BindProperty] public EntryPhotoForm Photo { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ShowStored();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var pictures = new List<PictureUpload>();
        var errors = new List<FormError>();
        if (Photo.Content is { Length: > 0 } file)
        {
            var (picture, error) = await EntryPictures.ReadAsync(file, Photo.Caption, Photo.Credit, Photo.Alt, ct);
            if (error is not null) errors.Add(error); else pictures.Add(picture!);
        }
        if (errors.Count == 0)
        {
            var draft = new EntryDraft(Title, Body, Consent, Licence, pictures, Remove);
            errors = Existing is null ? (await entrants.SubmitAsync(id, draft, ct)).Errors : await entrants.UpdateAsync(Existing.Id, draft, ct);
        }
        Errors = FormErrors.Show(ViewData, errors);
        Saved = errors.Count == 0;
        await LoadAsync(id, ct);
        if (Saved)
        {
            // A saved entry's form shows what is stored (the text as cleaned) and an empty picture slot; a refused one
            // keeps what was typed.
            ModelState.Clear();
            Photo = new();
            ShowStored();
        }
        return Page();
    }

    private void ShowStored()
    {
        if (Existing is not null) (Title, Body, Consent, Licence) = (Existing.Title, Existing.Body, Existing.Consent, Existing.Licence);
        Licence ??= Round.Licence;
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
