using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Verification;
using Siberindo.Shared.Admin;

namespace Siberindo.Verification.Pages;

/// <summary>An outlet's Dewan Pers file: status and certificate, the checklist with evidence, and assistance cases.</summary>
public sealed class VerificationPageModel(SiberindoDb db, MemberService members, VerificationService verification, AccessScope scope) : ChangePage(db)
{
    public Outlet Outlet { get; private set; } = null!;
    public MemberRecord? Record { get; private set; }
    public List<ChecklistItem> Checklist { get; private set; } = [];
    public List<AssistanceCase> Cases { get; private set; } = [];
    public IReadOnlyList<ManualItem> ManualItems => verification.ManualItems;
    public bool Saved { get; private set; }
    public AccessScope Scope => scope;

    public async Task<IActionResult> OnGetAsync(int id, bool? saved, CancellationToken ct)
    {
        Saved = saved == true;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    [BindProperty] public VerificationStatusForm Status { get; set; } = new();
    [BindProperty] public FindingForm Finding { get; set; } = new();
    [BindProperty] public CaseForm NewCase { get; set; } = new();

    public Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(Status), () => members.UpdateVerificationAsync(id, Status.ToDraft(), ct), ct);

    public Task<IActionResult> OnPostFindingAsync(int id, CancellationToken ct) =>
        Handle(id, nameof(Finding), () => verification.RecordFindingAsync(id, Finding.Item, Finding.Met, Finding.Note, ct), ct);

    public async Task<IActionResult> OnPostCaseAsync(int id, CancellationToken ct)
    {
        var caseId = 0;
        var result = await Handle(id, nameof(NewCase), async () =>
        {
            var (opened, errors) = await verification.OpenCaseAsync(id, NewCase.Target, NewCase.Mentor, NewCase.NextAction, NewCase.NextOn, ct);
            caseId = opened?.Id ?? 0;
            return errors;
        }, ct);
        // A new case opens on its own page.
        return result is RedirectResult ? Redirect($"/admin/pendampingan/{caseId}") : result;
    }

    private Task<IActionResult> Handle(int id, string form, Func<Task<List<FormError>>> change, CancellationToken ct) =>
        ChangeAsync(id, async () => await members.FindOutletAsync(id, ct) is not null, change, form + ".", $"/admin/media/{id}/verifikasi?saved=true", ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var outlet = await members.FindOutletAsync(id, ct);
        if (outlet is null) return false;
        Outlet = outlet;
        Record = await Db.Set<MemberRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.OutletId == id, ct);
        // A refused status post keeps what was typed: asp-for shows the posted values before these.
        Status = VerificationStatusForm.From(outlet, Record);
        Checklist = await verification.ChecklistAsync(outlet, ct);
        Cases = await verification.Cases().AsNoTracking().Include(c => c.Steps).Where(c => c.OutletId == id).OrderByDescending(c => c.OpenedOn).ToListAsync(ct);
        return true;
    }
}
