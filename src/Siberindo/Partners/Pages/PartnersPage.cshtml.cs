using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Shared;

namespace Siberindo.Partners.Pages;

/// <summary>The partners of the admin's area, agreements that end soon, and a form for a new partner.</summary>
[Authorize(Policy = Roles.BoardAdmin)]
public sealed class PartnersPageModel(PartnerService partners, AccessScope scope) : PageModel
{
    public sealed record Row(Partner Partner, int ActiveAgreements);

    public List<Row> Partners { get; private set; } = [];
    public List<EndingAgreement> Ending { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public AccessScope Scope => scope;

    // The new partner's fields, posted under their own names (Name, Kind, ...) as the page and its tests have always sent them.
    [BindProperty, Display(Name = "Nama lembaga")] public string? Name { get; set; }
    [BindProperty, Display(Name = "Jenis")] public PartnerKind Kind { get; set; }
    [BindProperty, Display(Name = "Provinsi")] public string? ProvinceCode { get; set; }
    [BindProperty, Display(Name = "Kabupaten/kota (opsional)")] public string? RegencyCode { get; set; }
    [BindProperty, Display(Name = "Situs")] public string? Website { get; set; }
    [BindProperty, Display(Name = "Email")] public string? Email { get; set; }
    [BindProperty, Display(Name = "Telepon")] public string? Phone { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (partner, errors) = await partners.CreateAsync(new PartnerDraft(Name, Kind, ProvinceCode, RegencyCode, Website, Email, Phone), ct);
        if (partner is not null) return Redirect($"/admin/mitra/{partner.Id}");
        Errors = FormErrors.Show(ViewData, errors);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = partners.Today;
        var list = await partners.Partners().AsNoTracking().OrderBy(p => p.Name).Take(1000).ToListAsync(ct);
        var active = await partners.Agreements().Where(a => a.Status == AgreementStatus.Active && a.StartsOn <= today && a.EndsOn >= today)
            .GroupBy(a => a.PartnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Partners = list.Select(p => new Row(p, active.GetValueOrDefault(p.Id))).ToList();
        Ending = await partners.EndingSoonAsync(ct);
    }
}
