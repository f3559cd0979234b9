using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Siberindo.Certificates.Pages;

/// <summary>
/// Public verification, no sign-in: whether the certificate with this code is valid (what it says) or revoked (when
/// and why). Never output-cached, so a revocation shows at once; rate limited, so codes cannot be enumerated.
/// </summary>
[EnableRateLimiting(CertificatesExtensions.VerifyRateLimit)]
public sealed class VerifyModel(CertificateService certificates) : PageModel
{
    public Certificate? Certificate { get; private set; }
    public string? Code { get; private set; }
    /// <summary>A code was given and no certificate has it.</summary>
    public bool CodeUnknown => Code is not null && Certificate is null;

    public async Task<IActionResult> OnGetAsync(string? code, string? kode, CancellationToken ct)
    {
        var typed = code ?? kode;
        if (string.IsNullOrWhiteSpace(typed)) return Page();
        // A typed code goes to its own address, the one the QR code holds.
        if (code is null && CertificateCode.Normalize(kode) is { } normal) return Redirect($"/sertifikat/{normal}");
        Code = typed.Trim()[..Math.Min(typed.Trim().Length, 20)];
        Certificate = await certificates.VerifyAsync(typed, ct);
        Response.Headers.CacheControl = "no-store";
        if (Certificate is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
