using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Accounts;
using Siberindo.Crawling;
using Siberindo.Outlets;

namespace Siberindo.Admin;

public sealed class OutletCreateModel(OutletRegistry registry, AccessScope scope) : PageModel
{
    [BindProperty]
    public OutletForm Form { get; set; } = new();
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public DiscoveryResult? Discovery { get; private set; }

    public IActionResult OnGet() => scope.IsBoardAdmin ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!scope.IsBoardAdmin) return NotFound();
        var result = await registry.CreateAsync(Form.ToDraft(), ct);
        if (result.Succeeded) return Redirect($"/admin/media/{result.Outlet!.Id}");
        Errors = OutletForm.ShowErrors(ViewData, result.Problems);
        return Page();
    }

    /// <summary>Finds the site's feeds and fills them into the form (nothing is saved yet).</summary>
    public async Task<IActionResult> OnPostDiscoverAsync([FromServices] FeedDiscoverer discoverer, CancellationToken ct)
    {
        Discovery = await OutletFeedDiscovery.FillAsync(Form, discoverer, ct);
        return Page();
    }
}
