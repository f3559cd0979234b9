using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Siberindo.Partners;

/// <summary>A board's agreements with partners, shown on the board's page (the board page stays the Boards feature's).</summary>
public sealed class BoardAgreementsViewComponent(PartnerService partners) : ViewComponent
{
    public sealed record Row(Agreement Agreement, string PartnerName);

    public async Task<IViewComponentResult> InvokeAsync(int boardId)
    {
        var agreements = await partners.Agreements().AsNoTracking().Where(a => a.BoardId == boardId).OrderByDescending(a => a.EndsOn).ToListAsync(HttpContext.RequestAborted);
        var ids = agreements.Select(a => a.PartnerId).Distinct().ToList();
        // The board's partners by name, whatever their own place (a national ministry works with a provincial board too).
        var names = await partners.PartnerNamesAsync(ids, HttpContext.RequestAborted);
        var rows = agreements.Select(a => new Row(a, names.GetValueOrDefault(a.PartnerId, "—"))).ToList();
        return View("/Partners/Pages/_BoardAgreements.cshtml", (rows, partners.Today));
    }
}
