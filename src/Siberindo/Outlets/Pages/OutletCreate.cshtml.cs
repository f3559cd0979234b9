using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Accounts;
using Siberindo.Crawling;
using Siberindo.Outlets;

namespace Siberindo.Outlets.Pages;

[Authorize(Policy = Roles.BoardAdmin)]
public sealed class OutletCreateModel(OutletRegistry registry) : PageModel
{
    [BindProperty]
    public OutletForm Form { get; set; } = new();
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public DiscoveryResult? Discovery { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await registry.CreateAsync(Form.ToDraft(), ct);
        if (result.Succeeded) return Redirect($"/admin/media/{result.Outlet!.Id}");
        Errors = OutletForm.ShowErrors(ViewData, result.Problems);
        return Page();
    }

    /// <summary>Finds the site's feeds and fills them into the form (nothing is saved yet).</summary>
    public async Task<IActionResult> OnPostDiscoverAsync([FromServices] FeedDiscoverer discoverer, CancellationToken ct)
    {
        Discovery = await OutletFeedDiscovery.FillAsync(Form, discoverer, ct);
        // asp-for shows the posted value before the model's: forget it, so the feed field shows what was found.
        ModelState.Remove($"{nameof(Form)}.{nameof(OutletForm.Feeds)}");
        return Page();
    }
}
