using Siberindo.Hosting;

namespace Siberindo.Thumbnails;

public static class ThumbnailsExtensions
{
    /// <summary>
    /// Card thumbnails: requests (asked for by ingest and full text), the stage that fetches and makes them on worker
    /// nodes with the crawler on, and the endpoint that serves them (<see cref="MapThumbnails"/>).
    /// </summary>
    public static IHostApplicationBuilder AddThumbnails(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<ThumbnailOptions>(configuration.GetSection("Thumbnails"));
        var role = NodeRoles.Read(configuration);
        services.AddSingleton<ThumbnailStage>(sp => ActivatorUtilities.CreateInstance<ThumbnailStage>(sp, role));
        services.AddSingleton<ThumbnailRequests>();
        // Ingest added the requests in its own transaction (ThumbnailRequests.Add); the stage looks once they are stored.
        services.Subscribe<ArticlesStored, ThumbnailStage>((stage, _) => stage.Notify());
        // Fetching pictures is crawling: it runs where the crawler runs, unless thumbnails are switched off.
        if (role.RunsWorkers() && configuration.GetValue("Crawler:Enabled", true)
            && configuration.GetValue("Thumbnails:Enabled", true))
            services.AddHostedService<PipelineWorker<ThumbnailStage>>();
        return builder;
    }

    public static IEndpointRouteBuilder MapThumbnails(this IEndpointRouteBuilder app) => ThumbnailEndpoints.Map(app);
}
