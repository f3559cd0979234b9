using Siberindo.Hosting;
using Siberindo.Portal;

namespace Siberindo.FactChecks;

public static class FactChecksExtensions
{
    public const string ReportRateLimit = "hoax-report";

    public static IHostApplicationBuilder AddFactChecks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<FactCheckEvents>();
        services.AddScoped<FactCheckRegistry>();
        services.AddScoped<FactCheckQueries>();
        services.AddScoped<HoaxReports>();
        // Report posts per address: a reader sends a few, a flood is cut off (the form's own hourly cap explains itself
        // first: HoaxReports.PerAddressPerHour).
        services.AddRateLimiter(o => o.AddPolicy(ReportRateLimit, http => HttpMethods.IsPost(http.Request.Method)
            ? Accounts.RateLimits.PerClient(http, ReportRateLimit, permitLimit: 20, TimeSpan.FromMinutes(10))
            : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("report-form")));
        services.AddScoped<OutletNotices>();
        // Public pages follow the article stream's tag: a new label or a published check evicts them with the lists.
        services.AddOutputCache(o => o.AddPolicy(FactCheckPages.CachePolicy, p => p.Expire(TimeSpan.FromMinutes(5)).Tag(PortalExtensions.ArticlesTag).SetVaryByQuery("q", "halaman")));
        var role = NodeRoles.Read(builder.Configuration);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<MatchStage>(sp, role));
        services.Subscribe<ArticlesStored, MatchStage>((stage, _) => stage.Notify());
        if (role.RunsWorkers()) services.AddHostedService<PipelineWorker<MatchStage>>();
        return builder;
    }

    public static IEndpointRouteBuilder MapFactChecks(this IEndpointRouteBuilder app) => app.MapFactCheckEndpoints();
}
