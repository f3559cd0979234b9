using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Shared.Admin;

namespace Siberindo.Members.Pages;

/// <summary>One outlet's membership (lifecycle with history), its company's papers, and its people with their posts.</summary>
public sealed class MembershipModel(SiberindoDb db, MemberService members, AccessScope scope, TimeProvider clock) : ChangePage(db)
{
    public Outlet Outlet { get; private set; } = null!;
    public MemberRecord Record { get; private set; } = null!;
    public List<MembershipEvent> History { get; private set; } = [];
    public List<OutletPosition> Positions { get; private set; } = [];
    public bool Saved { get; private set; }
    public AccessScope Scope => scope;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [BindProperty] public StatusChangeForm StatusChange { get; set; } = new() { On = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
    /// <summary>Null when the company form was not posted; shown with the stored papers otherwise (LoadAsync).</summary>
    [BindProperty] public CompanyForm? Company { get; set; }
    [BindProperty] public PersonForm Person { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, bool? saved, CancellationToken ct)
    {
        Saved = saved == true;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(StatusChange), () => members.ChangeStatusAsync(id, StatusChange.Status, StatusChange.On ?? Today, StatusChange.Note, ct), ct);

    public Task<IActionResult> OnPostCompanyAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(Company), () => Company is null ? Task.FromResult(new List<FormError> { new("Formulir kosong.") }) : members.UpdateCompanyAsync(id, Company.ToDraft(), ct), ct);

    public Task<IActionResult> OnPostPersonAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(Person), () => members.AddPositionAsync(id, Person.Name, Person.Ukw, Person.Certificate, Person.Role, ct), ct);

    public Task<IActionResult> OnPostRemovePositionAsync(int id, int positionId, CancellationToken ct) =>
        Handle(id, "", async () => await members.RemovePositionAsync(id, positionId, ct) ? [] : [new FormError("Jabatan tidak ditemukan (post not found).")], ct);

    private Task<IActionResult> Handle(int id, string form, Func<Task<List<FormError>>> change, CancellationToken ct) =>
        ChangeAsync(id, async () => await members.FindOutletAsync(id, ct) is not null, change, form + ".", $"/admin/media/{id}/anggota?saved=true", ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var outlet = await members.FindOutletAsync(id, ct);
        if (outlet is null) return false;
        Outlet = outlet;
        Record = await Db.Set<MemberRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.OutletId == id, ct)
                 ?? MemberService.NewRecord(id, MembershipStatus.Applicant, DateOnly.FromDateTime(outlet.CreatedAt));
        History = await Db.Set<MembershipEvent>().AsNoTracking().Where(e => e.OutletId == id).OrderByDescending(e => e.On).ThenByDescending(e => e.Id).ToListAsync(ct);
        // A refused company post keeps what was typed: asp-for shows the posted values before these.
        Company = CompanyForm.From(Record);
        Positions = await Db.Set<OutletPosition>().AsNoTracking().Include(p => p.Person).Where(p => p.OutletId == id).OrderBy(p => p.Role).ToListAsync(ct);
        return true;
    }
}
