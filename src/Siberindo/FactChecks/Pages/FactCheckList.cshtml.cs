using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.FactChecks.Pages;

/// <summary>/cek-fakta: published fact-checks, newest first, with a search over claims, titles and explanations.</summary>
[OutputCache(PolicyName = FactCheckPages.CachePolicy)]
public sealed class FactCheckListModel(FactCheckQueries queries) : PageModel
{
    public List<FactCheck> Checks { get; private set; } = [];
    public string? Query { get; private set; }
    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(string? q, int halaman = 1, CancellationToken ct = default)
    {
        PageNumber = Math.Max(1, halaman);
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 200)];
        Checks = await queries.ListAsync(Query, PageNumber, ct);
    }

    public string PageLink(int page) => $"/cek-fakta?halaman={page}" + (Query is null ? "" : "&q=" + Uri.EscapeDataString(Query));
}
