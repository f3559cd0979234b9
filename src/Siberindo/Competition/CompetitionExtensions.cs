using Siberindo.Anthology;
using Siberindo.Reports;

namespace Siberindo.Competition;

public static class CompetitionExtensions
{
    public static IServiceCollection AddCompetition(this IServiceCollection services)
    {
        services.AddScoped<RoundService>();
        services.AddScoped<CompetitionAccounts>();
        services.AddScoped<EntrantService>();
        services.AddScoped<JudgePanel>();
        services.AddScoped<JudgeDeclarations>();
        services.AddScoped<JudgingService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<AnthologyService>();
        services.AddScoped<IAnnualReportSection, CompetitionInReport>();
        return services;
    }

    public static IEndpointRouteBuilder MapCompetition(this IEndpointRouteBuilder app)
    {
        app.MapCompetitionEndpoints();
        app.MapAnthology();
        return app;
    }
}
