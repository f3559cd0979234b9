using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Siberindo.Crawling;

/// <summary>Requests and renews WebSub subscriptions in the background, when the portal has a public address.</summary>
public sealed class WebSubService(IServiceScopeFactory scopes, IOptions<CrawlerOptions> options, TimeProvider clock, ILogger<WebSubService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled || string.IsNullOrWhiteSpace(o.PublicBaseUrl)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<WebSubSubscriber>().RenewDueAsync(stoppingToken);
                if (sent > 0) logger.LogInformation("WebSub: sent {Count} subscription request(s)", sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "WebSub renewal failed; retrying");
            }
            try { await Task.Delay(o.WebSubCheckEvery, clock, stoppingToken); }
            catch (OperationCanceledException) { }
        }
    }
}

public static class WebSubExtensions
{
    private const string RateLimit = "websub";

    public static IServiceCollection AddWebSub(this IServiceCollection services)
    {
        // The callback is public and each push costs an HMAC over up to MaxResponseBytes: bursts per client are capped.
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) })));
        services.AddHttpClient(WebSubSubscriber.HttpClientName).ConfigureGuarded();
        services.AddScoped<WebSubSubscriber>();
        services.AddHostedService<WebSubService>();
        return services;
    }

    /// <summary>The callback hubs call: GET to verify intent, POST to deliver content.</summary>
    public static IEndpointRouteBuilder MapWebSub(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/websub").ExcludeFromDescription().DisableAntiforgery().RequireRateLimiting(RateLimit);
        group.MapGet("/{id:int}", async Task<Results<ContentHttpResult, NotFound>> (int id, HttpRequest request, WebSubSubscriber subscriber, CancellationToken ct) =>
        {
            var q = request.Query;
            var answer = await subscriber.VerifyAsync(id, q["hub.mode"], q["hub.topic"], q["hub.challenge"], q["hub.lease_seconds"], q["hub.reason"], ct);
            return answer is null ? TypedResults.NotFound() : TypedResults.Text(answer, "text/plain");
        });
        group.MapPost("/{id:int}", async Task<Results<Accepted, StatusCodeHttpResult>> (int id, HttpRequest request, WebSubSubscriber subscriber, IOptions<CrawlerOptions> options, CancellationToken ct) =>
        {
            var max = options.Value.MaxResponseBytes;
            var body = request.ContentLength > max ? null : await FeedFetcher.ReadCappedAsync(request.Body, max, ct);
            if (body is null) return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
            var outcome = await subscriber.ReceiveAsync(id, body, request.Headers["X-Hub-Signature-256"].FirstOrDefault() ?? request.Headers["X-Hub-Signature"].FirstOrDefault(), ct);
            // 410 tells the hub to drop a subscription we no longer have; a bad signature is acknowledged but ignored (WebSub 8).
            return outcome == PushOutcome.Unknown ? TypedResults.StatusCode(StatusCodes.Status410Gone) : TypedResults.Accepted((string?)null);
        });
        return app;
    }
}
