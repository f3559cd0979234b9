using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Partners;
using Siberindo.Storage;

namespace Siberindo.Releases.Pages.Mitra;

/// <summary>A partner's own releases (admin pusat: every partner's), with status, delivery and pickup counts.</summary>
[Authorize(Policy = PartnersExtensions.PartnerPolicy)]
public sealed class PartnerHomeModel(ReleaseService releases, PartnerService partners, SiberindoDb db, AccessScope scope) : PageModel
{
    public sealed record Row(long Id, string Headline, string Partner, ReleaseStatus Status, DateTime? Embargo, int Delivered, int Outlets);

    public List<Row> Releases { get; private set; } = [];
    public List<Agreement> Agreements { get; private set; } = [];
    public string Heading { get; private set; } = "Rilis";
    public bool ShowPartner => scope.IsNational;
    public DateOnly Today => partners.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = releases.Now;
        var rows = await releases.Owned().AsNoTracking().OrderByDescending(r => r.UpdatedAt).Take(300)
            .Select(r => new
            {
                Release = r,
                Partner = db.Set<Siberindo.Partners.Partner>().Where(p => p.Id == r.PartnerId).Select(p => p.Name).First(),
                Delivered = db.Set<ReleaseDelivery>().Count(d => d.ReleaseId == r.Id),
                Outlets = db.Set<ReleasePickup>().Where(p => p.ReleaseId == r.Id).Select(p => p.OutletId).Distinct().Count(),
            }).ToListAsync(ct);
        Releases = rows.Select(x => new Row(x.Release.Id, x.Release.Headline, x.Partner, x.Release.StatusAt(now), x.Release.EmbargoUntil, x.Delivered, x.Outlets)).ToList();
        if (scope.PartnerId is { } own)
        {
            Heading = await db.Set<Siberindo.Partners.Partner>().Where(p => p.Id == own).Select(p => p.Name).SingleAsync(ct);
            Agreements = await partners.Agreements().AsNoTracking().OrderByDescending(a => a.EndsOn).ToListAsync(ct);
        }
    }
}
