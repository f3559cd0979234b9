using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Verification;

namespace Siberindo.Admin.Members;

public sealed class CasesModel(VerificationService verification, AccessScope scope) : PageModel
{
    public List<AssistanceCase> Open { get; private set; } = [];
    public List<AssistanceCase> Closed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!scope.IsBoardAdmin) return NotFound();
        var cases = await verification.Cases().AsNoTracking().Include(c => c.Outlet).Include(c => c.Steps).OrderByDescending(c => c.OpenedOn).Take(500).ToListAsync(ct);
        Open = cases.Where(c => c.ClosedOn is null).ToList();
        Closed = cases.Where(c => c.ClosedOn is not null).ToList();
        return Page();
    }
}
