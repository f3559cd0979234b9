using Microsoft.Extensions.Options;
using Siberindo.Crawling;
using Siberindo.Hosting;
using Siberindo.Portal.Sitemaps;
using Siberindo.Reports;

namespace Siberindo.Releases;

public static class ReleasesExtensions
{
    public static IHostApplicationBuilder AddReleases(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ReleaseOptions>(builder.Configuration.GetSection(ReleaseOptions.Section));
        services.PostConfigure<ReleaseOptions>(o => o.PublicBaseUrl ??= builder.Configuration["Crawler:PublicBaseUrl"]);
        services.AddScoped<ReleaseReader>();
        services.AddScoped<ReleaseQueries>();
        services.AddScoped<ReleaseService>();
        services.AddScoped<ReceiverService>();
        services.AddScoped<CoverageService>();
        services.AddScoped<IAnnualReportSection, ReleasesInReport>();
        services.AddSingleton(new SitemapSource("/sitemap-rilis.xml"));
        // Every node watches the embargo instants: each serves (and caches) release pages.
        services.AddSingleton<EmbargoWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<EmbargoWatch>());
        services.AddSingleton<EmbargoCachePolicy>();
        services.AddOutputCache(o => o.AddPolicy(ReleasePages.CachePolicy, p => p.AddPolicy<EmbargoCachePolicy>().SetVaryByQuery("*")));
        // Outlets' endpoints, guarded like feeds; as many connections as calls at once, so one hanging endpoint
        // never makes another wait for a connection.
        services.AddHttpClient(WebhookSender.HttpClientName).ConfigureGuarded(connectionsPerServer: 64);
        services.AddSingleton<WebhookSender>();
        var role = NodeRoles.Read(builder.Configuration);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ReleaseDispatcher>(sp, role));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PickupStage>(sp, role));
        services.Subscribe<ArticlesStored, PickupStage>((stage, _) => stage.Notify());
        if (role.RunsWorkers())
        {
            services.AddHostedService<PipelineWorker<ReleaseDispatcher>>();
            services.AddHostedService<PipelineWorker<PickupStage>>();
        }
        return builder;
    }

    public static IEndpointRouteBuilder MapReleases(this IEndpointRouteBuilder app) => app.MapReleaseEndpoints();
}
