using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Partners;

namespace Siberindo.Releases.Pages.Mitra;

[Authorize(Policy = PartnersExtensions.PartnerPolicy)]
public sealed class CoverageModel(CoverageService coverage) : PageModel
{
    public CoverageReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await coverage.ReportAsync(id, ct) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
