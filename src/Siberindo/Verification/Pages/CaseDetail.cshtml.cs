using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Storage;
using Siberindo.Verification;
using Siberindo.Shared.Admin;

namespace Siberindo.Verification.Pages;

[Authorize(Policy = Roles.BoardAdmin)]
public sealed class CaseDetailModel(SiberindoDb db, VerificationService verification, TimeProvider clock) : ChangePage(db)
{
    public AssistanceCase Case { get; private set; } = null!;
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    // The page's one form (a step) posts its fields under their own names, as it always has.
    [BindProperty, Display(Name = "Tanggal")] public DateOnly? On { get; set; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    [BindProperty, Display(Name = "Yang dilakukan")] public string? Note { get; set; }
    [BindProperty, Display(Name = "Langkah berikut")] public string? NextAction { get; set; }
    [BindProperty, Display(Name = "Tanggal langkah berikut")] public DateOnly? NextOn { get; set; }
    [BindProperty, Display(Name = "Pendampingan selesai")] public bool Close { get; set; }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, async () => await verification.Cases().AnyAsync(c => c.Id == id, ct),
            () => verification.AddStepAsync(id, On ?? Today, Note, NextAction, NextOn, Close, ct), "", $"/admin/pendampingan/{id}", ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var found = await verification.Cases().AsNoTracking().Include(c => c.Outlet).Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return false;
        Case = found;
        return true;
    }
}
