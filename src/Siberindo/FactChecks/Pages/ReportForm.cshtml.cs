using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Siberindo.Regions;
using Siberindo.Shared;

namespace Siberindo.FactChecks.Pages;

/// <summary>
/// /cek-fakta/lapor: anyone reports content they suspect, without an account. Antiforgery-checked (as every form),
/// rate limited per address (the limiter for floods, and a per-hour cap with a clear message), the screenshot checked
/// by content and size.
/// </summary>
// The request may be several times the screenshot's cap, so that a picture somewhat too large is read whole and
// answered with the form and its reason (413): a server that stops reading mid-upload leaves the reporter with a
// dropped connection and no message. Past this the error page explains it (Portal/Error), if the browser still reads.
[EnableRateLimiting(FactChecksExtensions.ReportRateLimit)]
[RequestSizeLimit(DrainBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DrainBytes)]
public sealed class ReportFormModel(HoaxReports reports, RegionCatalog regions) : PageModel
{
    public const long DrainBytes = 8 * HoaxReports.MaxScreenshotBytes;

    [BindProperty, Display(Name = "Apa yang Anda lihat atau terima? (salin teks pesannya)")] public string? Text { get; set; }
    [BindProperty, Display(Name = "Tautan ke unggahan atau berita (bila ada)")] public string? Link { get; set; }
    [BindProperty, Display(Name = "Kategori")] public FactCheckCategory Category { get; set; } = FactCheckCategory.Lainnya;
    [BindProperty, Display(Name = "Provinsi tempat konten beredar")] public string? ProvinceCode { get; set; }
    [BindProperty, Display(Name = "Kontak Anda, bila ingin dikabari (surel atau nomor; tidak dipublikasikan)")] public string? Contact { get; set; }
    [BindProperty, Display(Name = "Tangkapan layar (JPEG, PNG atau WebP, paling besar 2 MB)")] public IFormFile? Screenshot { get; set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public long? Received { get; private set; }
    public IReadOnlyList<ProvinceInfo> Provinces => regions.Provinces;

    public void OnGet(long? diterima) => Received = diterima;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (report, errors) = await reports.SubmitAsync(new ReportDraft(Text, Link, Category, ProvinceCode, Contact), Screenshot, HttpContext.Connection.RemoteIpAddress, ct);
        if (report is not null) return Redirect($"/cek-fakta/lapor?diterima={report.Id}");
        Errors = FormErrors.Show(ViewData, errors);
        Response.StatusCode = Screenshot?.Length > HoaxReports.MaxScreenshotBytes ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        return Page();
    }
}
