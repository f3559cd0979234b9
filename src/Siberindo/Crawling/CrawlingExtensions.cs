using Microsoft.Extensions.Options;
using Siberindo.Hosting;

namespace Siberindo.Crawling;

public static class CrawlingExtensions
{
    public static IHostApplicationBuilder AddCrawling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<CrawlerOptions>(builder.Configuration.GetSection("Crawler"));
        services.AddSingleton(sp => new HostThrottle(sp.GetRequiredService<IOptions<CrawlerOptions>>().Value.PerHostConcurrency));
        services.AddSingleton<CrawlStatistics>();
        services.AddHttpClient<FeedFetcher>(FeedFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var o = sp.GetRequiredService<IOptions<CrawlerOptions>>().Value;
                return new SocketsHttpHandler
                {
                    ConnectCallback = new AddressGuard(o.AllowLoopback).ConnectAsync,
                    ConnectTimeout = o.ConnectTimeout,
                    AllowAutoRedirect = false,
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    MaxConnectionsPerServer = Math.Max(1, o.PerHostConcurrency),
                    UseCookies = false,
                    // Proxies would connect on our behalf and bypass the address guard.
                    UseProxy = false,
                };
            })
            .ConfigureHttpClient((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<CrawlerOptions>>().Value;
                http.Timeout = Timeout.InfiniteTimeSpan; // FeedFetcher applies RequestTimeout to the whole exchange.
                http.DefaultRequestHeaders.UserAgent.ParseAdd(o.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
            });
        services.AddScoped<FeedPoller>();
        if (NodeRoles.Read(builder.Configuration).RunsWorkers()) services.AddHostedService<CrawlerService>();
        return builder;
    }
}
