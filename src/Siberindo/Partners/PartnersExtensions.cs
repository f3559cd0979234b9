using Microsoft.AspNetCore.Http.HttpResults;
using Siberindo.Accounts;
using Siberindo.Reports;

namespace Siberindo.Partners;

public static class PartnersExtensions
{
    /// <summary>Pages of a partner's own organisation (/mitra): its staff and admin pusat.</summary>
    public const string PartnerPolicy = "partner";

    public static IHostApplicationBuilder AddPartners(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PartnerOptions>(builder.Configuration.GetSection(PartnerOptions.Section));
        services.AddScoped<PartnerService>();
        services.AddScoped<IAnnualReportSection, AgreementsInReport>();
        services.AddAuthorizationBuilder().AddPolicy(PartnerPolicy, p => p.RequireRole(Roles.Partner, Roles.Admin));
        return builder;
    }

    public static IEndpointRouteBuilder MapPartners(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/mitra/kerja-sama/{id:int}/dokumen", async Task<Results<FileContentHttpResult, NotFound>> (int id, HttpContext http, PartnerService partners, CancellationToken ct) =>
                await partners.DocumentAsync(id, ct) is { } document ? Uploads.Serve(http, document.Content, "application/pdf", document.Name) : TypedResults.NotFound())
            // Board admins and the partner's own staff; PartnerService.Agreements() decides which agreements each sees.
            .RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
