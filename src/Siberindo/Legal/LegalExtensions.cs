using Microsoft.AspNetCore.Http.HttpResults;
using Siberindo.Accounts;
using Siberindo.Partners;
using Siberindo.Reports;
using Siberindo.Statistics;

namespace Siberindo.Legal;

public static class LegalExtensions
{
    public static IServiceCollection AddLegal(this IServiceCollection services)
    {
        services.AddScoped<LegalService>();
        services.AddScoped<IAnnualReportSection, LegalCasesInReport>();
        services.AddScoped<IPublicFigures, LegalFigures>();
        return services;
    }

    public static IEndpointRouteBuilder MapLegal(this IEndpointRouteBuilder app)
    {
        // The case's people only (LegalService.Cases); served so that no browser runs it as a page.
        app.MapGet("/admin/hukum/{id:int}/dokumen/{document:int}", async Task<Results<FileContentHttpResult, NotFound>> (int id, int document, HttpContext http, LegalService legal, CancellationToken ct) =>
                await legal.DocumentAsync(id, document, ct) is { } d ? Uploads.Serve(http, d.Content, d.ContentType, d.FileName) : TypedResults.NotFound())
            .RequireAuthorization(Roles.Staff).ExcludeFromDescription();
        return app;
    }
}
