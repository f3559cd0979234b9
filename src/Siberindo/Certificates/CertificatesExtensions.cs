using Microsoft.AspNetCore.Http.HttpResults;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Siberindo.Accounts;
using Siberindo.Portal.Seo;
using Siberindo.Reports;
using Siberindo.Statistics;

namespace Siberindo.Certificates;

public static class CertificatesExtensions
{
    /// <summary>The public verification page: enough for people checking certificates by hand, not for trying codes.</summary>
    public const string VerifyRateLimit = "certificate-verify";

    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddScoped<CertificateService>();
        services.AddScoped<IAnnualReportSection, TrainingsInReport>();
        services.AddScoped<IPublicFigures, TrainingFigures>();
        services.Configure<RateLimiterOptions>(o =>
            o.AddPolicy(VerifyRateLimit, http => RateLimits.PerClient(http, VerifyRateLimit, permitLimit: 20, TimeSpan.FromMinutes(1))));
        return services;
    }

    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder app)
    {
        // The holder's outlet and the issuing board download it; the QR code holds the public verification link.
        app.MapGet("/admin/sertifikat/{id:int}.pdf", async Task<Results<FileContentHttpResult, NotFound>> (int id, HttpContext http, CertificateService certificates, CancellationToken ct) =>
        {
            if (await certificates.DownloadableAsync(id, ct) is not { } c) return TypedResults.NotFound();
            var pdf = CertificatePdf.Write(c, SiteIdentity.Absolute(http.Request, $"/sertifikat/{c.Code}"));
            http.Response.Headers.CacheControl = "private, no-store";
            return TypedResults.File(pdf, "application/pdf", $"sertifikat-{c.Code}.pdf");
        }).RequireAuthorization(Roles.Staff).ExcludeFromDescription();
        return app;
    }
}
