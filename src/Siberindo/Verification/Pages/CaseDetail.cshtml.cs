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
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(int id, DateOnly? on, string? note, string? nextAction, DateOnly? nextOn, bool close, CancellationToken ct) =>
        ChangeAsync(id, async () => await verification.Cases().AnyAsync(c => c.Id == id, ct),
            () => verification.AddStepAsync(id, on ?? Today, note, nextAction, nextOn, close, ct), $"/admin/pendampingan/{id}", ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var found = await verification.Cases().AsNoTracking().Include(c => c.Outlet).Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return false;
        Case = found;
        return true;
    }
}
