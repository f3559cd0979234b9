using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Siberindo.Partners;

/// <summary>A board's agreements with partners, shown on the board's page (the board page stays the Boards feature's).</summary>
public sealed class BoardAgreementsViewComponent(PartnerService partners) : ViewComponent
{
    public sealed record Row(Agreement Agreement, string PartnerName);

    public async Task<IViewComponentResult> InvokeAsync(int boardId)
    {
        var rows = await partners.Agreements().AsNoTracking().Where(a => a.BoardId == boardId)
            .Join(partners.Partners(), a => a.PartnerId, p => p.Id, (a, p) => new Row(a, p.Name))
            .OrderByDescending(r => r.Agreement.EndsOn).ToListAsync(HttpContext.RequestAborted);
        return View("/Partners/Pages/_BoardAgreements.cshtml", (rows, partners.Today));
    }
}
