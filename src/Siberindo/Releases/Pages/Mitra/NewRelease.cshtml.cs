using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Shared;

namespace Siberindo.Releases.Pages.Mitra;

[Authorize(Policy = PartnersExtensions.PartnerPolicy)]
public sealed class NewReleaseModel(ReleaseService releases) : PageModel
{
    [BindProperty] public ReleaseFormInput Input { get; set; } = new();
    [BindProperty, Display(Name = "Mitra")] public int PartnerId { get; set; }
    public List<Siberindo.Partners.Partner> Partners { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Partners = await releases.Partners().AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        // A partner's staff write for their own organisation only: its id travels with the form.
        if (Partners.Count == 1) PartnerId = Partners[0].Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Partners = await releases.Partners().AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        if (Partners.All(p => p.Id != PartnerId)) return NotFound();
        var (release, errors) = await releases.CreateAsync(PartnerId, Input.ToForm(), ct);
        if (release is not null) return Redirect($"/mitra/rilis/{release.Id}");
        Errors = FormErrors.Show(ViewData, errors, nameof(Input) + ".");
        return Page();
    }
}
