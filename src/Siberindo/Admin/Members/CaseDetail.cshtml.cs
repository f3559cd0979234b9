using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Storage;
using Siberindo.Verification;

namespace Siberindo.Admin.Members;

public sealed class CaseDetailModel(SiberindoDb db, VerificationService verification, AccessScope scope, TimeProvider clock) : PageModel
{
    public AssistanceCase Case { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, DateOnly? on, string? note, string? nextAction, DateOnly? nextOn, bool close, CancellationToken ct)
    {
        if (!scope.IsBoardAdmin || !await verification.Cases().AnyAsync(c => c.Id == id, ct)) return NotFound();
        var errors = await verification.AddStepAsync(id, on ?? Today, note, nextAction, nextOn, close, ct);
        if (errors.Count == 0) return Redirect($"/admin/pendampingan/{id}");
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Errors = errors;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsBoardAdmin) return false;
        var found = await verification.Cases().AsNoTracking().Include(c => c.Outlet).Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return false;
        Case = found;
        return true;
    }
}
