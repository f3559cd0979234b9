using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Verification;

namespace Siberindo.Verification.Pages;

[Authorize(Policy = Roles.BoardAdmin)]
public sealed class CasesModel(VerificationService verification) : PageModel
{
    public List<AssistanceCase> Open { get; private set; } = [];
    public List<AssistanceCase> Closed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var cases = await verification.Cases().AsNoTracking().Include(c => c.Outlet).Include(c => c.Steps).OrderByDescending(c => c.OpenedOn).Take(500).ToListAsync(ct);
        Open = cases.Where(c => c.ClosedOn is null).ToList();
        Closed = cases.Where(c => c.ClosedOn is not null).ToList();
        return Page();
    }
}
