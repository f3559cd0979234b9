using Microsoft.AspNetCore.Http.HttpResults;
using Siberindo.Accounts;
using Siberindo.Statistics;

namespace Siberindo.Reports;

public static class ReportsExtensions
{
    /// <summary>The year-end report; other features add their sections as <see cref="IAnnualReportSection"/>.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddScoped<AnnualReport>()
            .AddScoped<ReportNarratives>();

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/laporan/{province}/{year:int}.pdf", async Task<Results<FileContentHttpResult, NotFound>> (string province, int year, AccessScope scope, AnnualReport report, MemberStatistics stats, CancellationToken ct) =>
        {
            scope.Demand(scope.CoversProvince(province) && year >= 1990 && year <= stats.Today.Year);
            using var buffer = new MemoryStream();
            if (!await report.WriteAsync(province, year, buffer, ct)) return TypedResults.NotFound();
            return TypedResults.File(buffer.ToArray(), "application/pdf", $"laporan-akhir-tahun-{province}-{year}.pdf");
        }).RequireAuthorization(Roles.Staff).ExcludeFromDescription();
        return app;
    }
}
