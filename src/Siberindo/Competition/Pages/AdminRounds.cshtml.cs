using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Shared;

namespace Siberindo.Competition.Pages;

/// <summary>/admin/lomba: the rounds this admin runs, a new round, and journalists' accounts for people of the area's outlets.</summary>
[Authorize(Policy = Roles.Staff)]
public sealed class AdminRoundsModel(RoundService rounds, CompetitionAccounts accounts, AccessScope scope) : PageModel
{
    public List<CompetitionRound> Rounds { get; private set; } = [];
    public List<Person> People { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? NewPassword { get; private set; }
    public AccessScope Scope => scope;
    public DateTime Now => rounds.Now;

    // The new round's and the journalist account's fields, posted under the draft's names (Title, ..., PersonId, Email)
    // as the page has always taken them: no two of the page's forms share a name.
    [BindProperty, Display(Name = "Judul")] public string? Title { get; set; }
    [BindProperty, Display(Name = "Tema")] public string? Theme { get; set; }
    [BindProperty, Display(Name = "Ketentuan dan syarat peserta")] public string? Rules { get; set; }
    [BindProperty, Display(Name = "Naskah per orang")] public int EntriesPerPerson { get; set; } = 1;
    [BindProperty, Display(Name = "Dibuka")] public DateTime? OpensAt { get; set; }
    [BindProperty, Display(Name = "Ditutup")] public DateTime? ClosesAt { get; set; }
    [BindProperty, Display(Name = "Juri per naskah")] public int JudgesPerEntry { get; set; } = 3;
    [BindProperty, Display(Name = "Beban maksimal per juri")] public int JudgeLoadCap { get; set; } = 10;
    [BindProperty, Display(Name = "Normalkan skala tiap juri")] public bool Normalise { get; set; }
    [BindProperty, Display(Name = "Jumlah pemenang")] public int Winners { get; set; } = 3;
    [BindProperty, Display(Name = "Provinsi (kosong: nasional)")] public string? ProvinceCode { get; set; }
    [BindProperty, Display(Name = "Wartawan")] public int PersonId { get; set; }
    [BindProperty, Display(Name = "Email")] public string? Email { get; set; }

    /// <summary>The province the new round belongs to: a province admin's own; a national admin's choice, or none.</summary>
    public string? RoundProvince => scope.Level == ScopeLevel.Province ? scope.ProvinceCode : string.IsNullOrWhiteSpace(ProvinceCode) ? null : ProvinceCode.Trim();

    /// <summary>The zone the date fields are read in, named on their labels.</summary>
    public string Zone => scope.Level == ScopeLevel.Province ? RoundTime.ZoneOf(scope.ProvinceCode) : "WIB; lomba provinsi: zona provinsinya";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRoundAsync(CancellationToken ct)
    {
        if (OpensAt is null || ClosesAt is null)
            Errors = FormErrors.Show(ViewData, [new FormError("Tanggal buka dan tutup wajib diisi (dates are missing).", OpensAt is null ? nameof(OpensAt) : nameof(ClosesAt))]);
        else
        {
            // The form's times are the round's zone: WIB for a national round, the province's own for a province's.
            var province = RoundProvince;
            var (opens, closes) = (RoundTime.ToUtc(OpensAt.Value, province), RoundTime.ToUtc(ClosesAt.Value, province));
            var (round, errors) = await rounds.CreateAsync(new RoundDraft(Title, Theme, Rules, EntriesPerPerson, rounds.Now < opens ? rounds.Now : opens, opens, closes,
                JudgesPerEntry, JudgeLoadCap, Normalise, Winners, null, province), ct);
            if (round is not null) return Redirect($"/admin/lomba/{round.Id}");
            Errors = FormErrors.Show(ViewData, errors);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostJournalistAsync(CancellationToken ct)
    {
        var made = await accounts.CreateJournalistAsync(PersonId, Email ?? "", null, ct);
        Errors = FormErrors.Show(ViewData, made.Errors);
        NewPassword = made.Password;
        // A made account's form starts empty again; a refused one keeps what was typed.
        if (NewPassword is not null)
        {
            ModelState.Clear();
            (PersonId, Email) = (0, null);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rounds = await rounds.Managed().AsNoTracking().OrderByDescending(r => r.SubmissionClosesAt).ToListAsync(ct);
        People = await accounts.PeopleInScope().AsNoTracking().OrderBy(p => p.Name).Take(1000).ToListAsync(ct);
    }
}
