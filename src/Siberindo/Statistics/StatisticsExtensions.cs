namespace Siberindo.Statistics;

public static class StatisticsExtensions
{
    /// <summary>The members' figures and the output-cache policy of /statistik; its endpoints: <see cref="StatisticsEndpoints.MapStatistics"/>.</summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services) =>
        services.AddScoped<MemberStatistics>().AddStatisticsCache();
}
