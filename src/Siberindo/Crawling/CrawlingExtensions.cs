using Microsoft.Extensions.Options;
using Siberindo.Hosting;

namespace Siberindo.Crawling;

public static class CrawlingExtensions
{
    public static IHostApplicationBuilder AddCrawling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddFeedFetching(builder.Configuration);
        services.AddSingleton(sp => new HostThrottle(sp.GetRequiredService<IOptions<CrawlerOptions>>().Value.PerHostConcurrency));
        services.AddSingleton<CrawlStatistics>();
        services.AddScoped<FeedPoller>();
        services.AddScoped<FeedHealthQuery>();
        services.AddFullText();
        services.AddWebSub();
        if (NodeRoles.Read(builder.Configuration).RunsWorkers()) services.AddHostedService<CrawlerService>();
        return builder;
    }

    /// <summary>
    /// The guarded HTTP client of <see cref="FeedFetcher"/> and the other crawler clients, also used on its own by the
    /// <c>feed</c> commands that need no database.
    /// </summary>
    public static IServiceCollection AddFeedFetching(this IServiceCollection services, IConfiguration configuration, bool allowPrivate = false)
    {
        services.Configure<CrawlerOptions>(configuration.GetSection("Crawler"));
        services.TryAddSingletonTimeProvider();
        services.AddHttpClient<FeedFetcher>(FeedFetcher.HttpClientName).ConfigureGuarded(allowPrivate);
        services.AddTransient<FeedDiscoverer>();
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    /// <summary>Every request of the crawler leaves through this handler: address guard, no proxy, no cookies, no automatic redirects.</summary>
    /// <param name="connectionsPerServer">Connections per host; the crawler's per-host politeness limit when not given.</param>
    internal static IHttpClientBuilder ConfigureGuarded(this IHttpClientBuilder client, bool allowPrivate = false, int? connectionsPerServer = null) => client
        .ConfigurePrimaryHttpMessageHandler(sp =>
        {
            var o = sp.GetRequiredService<IOptions<CrawlerOptions>>().Value;
            return new SocketsHttpHandler
            {
                ConnectCallback = new AddressGuard(o.AllowLoopback || allowPrivate, allowPrivate).ConnectAsync,
                ConnectTimeout = o.ConnectTimeout,
                AllowAutoRedirect = false,
                // Decompressed before FeedFetcher's cap counts the bytes, so a gzip bomb stops at the cap.
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = Math.Max(1, connectionsPerServer ?? o.PerHostConcurrency),
                UseCookies = false,
                // Proxies would connect on our behalf and bypass the address guard.
                UseProxy = false,
            };
        })
        .ConfigureHttpClient((sp, http) =>
        {
            var o = sp.GetRequiredService<IOptions<CrawlerOptions>>().Value;
            http.Timeout = Timeout.InfiniteTimeSpan; // The callers apply RequestTimeout to the whole exchange.
            http.DefaultRequestHeaders.UserAgent.ParseAdd(o.EffectiveUserAgent);
        });
}
