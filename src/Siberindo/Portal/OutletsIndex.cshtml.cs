using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Portal;

[OutputCache(PolicyName = PortalExtensions.CachePolicy)]
public sealed class OutletsIndexModel(SiberindoDb db) : PageModel
{
    public sealed record Row(string Slug, string Name, string Domain, string? ProvinceCode, VerificationStatus Verification);
    public List<Row> Outlets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Outlets = await db.Outlets.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Slug, o.Name, o.Domain, o.ProvinceCode, o.Verification))
            .ToListAsync(ct);
}
