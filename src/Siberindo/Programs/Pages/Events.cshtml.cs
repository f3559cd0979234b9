using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Programs;
using Siberindo.Shared;

namespace Siberindo.Programs.Pages;

[Authorize(Policy = Roles.BoardAdmin)]
public sealed class EventsModel(ProgramService programs, AccessScope scope) : PageModel
{
    public sealed record Row(AssociationEvent Event, int Outlets, int Participants);

    public List<Row> Events { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public AccessScope Scope => scope;
    /// <summary>Whether the form draws the province field: others hold their own province, and a refusal of it is said in the summary only.</summary>
    public bool ChoosesProvince => scope.IsNational;

    // The new event's fields, posted under their own names (Kind, Title, ...) as the page has always taken them.
    [BindProperty, Display(Name = "Jenis")] public EventKind Kind { get; set; }
    [BindProperty, Display(Name = "Judul")] public string? Title { get; set; }
    [BindProperty, Display(Name = "Mulai")] public DateOnly? StartsOn { get; set; }
    [BindProperty, Display(Name = "Selesai")] public DateOnly? EndsOn { get; set; }
    [BindProperty, Display(Name = "Tempat")] public string? Place { get; set; }
    [BindProperty, Display(Name = "Provinsi (kosong: nasional)")] public string? ProvinceCode { get; set; }
    [BindProperty, Display(Name = "Kabupaten/kota (opsional)")] public string? RegencyCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (StartsOn is null) Errors = FormErrors.Show(ViewData, [new FormError("Tanggal mulai wajib diisi (start date is missing).", nameof(StartsOn))]);
        else
        {
            // Province and regency admins hold events in their own area unless they name a regency inside it.
            var province = scope.Level == ScopeLevel.National ? ProvinceCode : scope.ProvinceCode;
            var regency = scope.Level == ScopeLevel.Regency ? scope.RegencyCode : RegencyCode;
            var (created, errors) = await programs.CreateEventAsync(new EventDraft(Kind, Title, StartsOn.Value, EndsOn ?? StartsOn.Value, Place, province, regency), ct);
            if (created is not null) return Redirect($"/admin/kegiatan/{created.Id}");
            Errors = FormErrors.Show(ViewData, ChoosesProvince ? errors : errors.Renamed(nameof(ProvinceCode), null));
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Events = (await programs.Events().AsNoTracking().OrderByDescending(e => e.StartsOn).Take(500)
                .Select(e => new { e, Outlets = e.Attendance.Count(a => a.Attended), People = e.Attendance.Sum(a => a.Participants) }).ToListAsync(ct))
            .Select(x => new Row(x.e, x.Outlets, x.People)).ToList();
}
