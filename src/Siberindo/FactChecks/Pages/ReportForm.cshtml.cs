using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Siberindo.Regions;

namespace Siberindo.FactChecks.Pages;

/// <summary>
/// /cek-fakta/lapor: anyone reports content they suspect, without an account. Antiforgery-checked (as every form),
/// rate limited per address (the limiter for floods, and a per-hour cap with a clear message), the screenshot checked
/// by content and size; the request body is capped so an oversized upload is refused before it is read.
/// </summary>
[EnableRateLimiting(FactChecksExtensions.ReportRateLimit)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ReportFormModel(HoaxReports reports, RegionCatalog regions) : PageModel
{
    /// <summary>The screenshot's cap plus room for the text fields; a larger body is refused unread.</summary>
    public const long MaxRequestBytes = HoaxReports.MaxScreenshotBytes + 64 * 1024;

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public FactCheckCategory Category { get; set; } = FactCheckCategory.Lainnya;
    [BindProperty] public string? ProvinceCode { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public IFormFile? Screenshot { get; set; }
    public List<string> Errors { get; private set; } = [];
    public long? Received { get; private set; }
    public IReadOnlyList<ProvinceInfo> Provinces => regions.Provinces;

    public void OnGet(long? diterima) => Received = diterima;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (report, errors) = await reports.SubmitAsync(new ReportDraft(Text, Link, Category, ProvinceCode, Contact), Screenshot, HttpContext.Connection.RemoteIpAddress, ct);
        if (report is not null) return Redirect($"/cek-fakta/lapor?diterima={report.Id}");
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
