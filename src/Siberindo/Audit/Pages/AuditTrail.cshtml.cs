using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Storage;

namespace Siberindo.Audit.Pages;

[Authorize(Policy = Roles.BoardAdmin)]
public sealed class AuditTrailModel(SiberindoDb db, AccessScope scope) : PageModel
{
    public List<AuditEntry> Entries { get; private set; } = [];
    public string? Type { get; private set; }
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }
    private const int PageSize = 100;

    public async Task<IActionResult> OnGetAsync(string? jenis, int halaman, CancellationToken ct)
    {
        (Type, PageNumber) = (string.IsNullOrWhiteSpace(jenis) ? null : jenis.Trim(), Math.Max(1, halaman));
        var query = scope.Regional(db.Set<AuditEntry>()).AsNoTracking();
        if (Type is not null) query = query.Where(e => e.EntityType == Type);
        Entries = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        HasMore = Entries.Count > PageSize;
        if (HasMore) Entries.RemoveAt(PageSize);
        return Page();
    }
}
