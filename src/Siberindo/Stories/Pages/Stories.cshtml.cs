using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Stories;

namespace Siberindo.Stories.Pages;

/// <summary>Recent stories by how well their articles hang together, least coherent first, for editors to check.</summary>
// Stories are national (one story spans outlets of every province): admin pusat only.
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Siberindo.Accounts.Roles.Admin)]
public sealed class StoriesModel(StoryReviewQueries reviews) : PageModel
{
    public IReadOnlyList<StoryReviewQueries.StoryRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await reviews.LeastCoherentAsync(50, ct);
}
