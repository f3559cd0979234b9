using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Outlets;

namespace Siberindo.Outlets.Pages;

/// <summary>Downloads every outlet's feeds as OPML (for feed readers, other aggregators, or a backup).</summary>
// Not scoped to an area yet: admin pusat only, while the rest of /admin is open to scoped roles.
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Siberindo.Accounts.Roles.Admin)]
public sealed class FeedsOpmlModel(FeedOpml opml, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes(await opml.ExportAsync(ct)), "text/x-opml; charset=utf-8",
            $"siberindo-feeds-{clock.GetUtcNow():yyyy-MM-dd}.opml");
}
