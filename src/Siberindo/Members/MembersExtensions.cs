using Siberindo.Boards;
using Siberindo.Programs;
using Siberindo.Reports;
using Siberindo.Statistics;
using Siberindo.Verification;
using Siberindo.Audit;

namespace Siberindo.Members;

/// <summary>The association's system of record: members, verification, boards, programs, statistics, reports.</summary>
public static class MembersExtensions
{
    public static IServiceCollection AddAssociation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ChecklistOptions>(configuration.GetSection(ChecklistOptions.Section));
        services.AddScoped<AuditLog>();
        services.AddScoped<MemberService>();
        services.AddScoped<MemberTransfer>();
        services.AddScoped<VerificationService>();
        services.AddScoped<BoardService>();
        services.AddScoped<ProgramService>();
        services.AddScoped<MemberStatistics>();
        services.AddScoped<AnnualReport>();
        services.AddScoped<ReportNarratives>();
        services.AddStatisticsCache();
        return services;
    }

    public static IEndpointRouteBuilder MapAssociation(this IEndpointRouteBuilder app)
    {
        app.MapStatistics();
        app.MapAssociationAdmin();
        return app;
    }
}
