using System.Threading.RateLimiting;
using RedisRateLimiting;
using Siberindo.Hosting;
using StackExchange.Redis;

namespace Siberindo.Accounts;

public static class RateLimits
{
    public const string Login = "login";
    public const string Search = "search";

    /// <summary>Per client address: login attempts (slows password guessing without bothering people) and searches.</summary>
    public static IServiceCollection AddSiberindoRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Login attempts (POSTs) per client address: slows password guessing without bothering people;
            // showing the form costs nothing.
            o.AddPolicy(Login, http => HttpMethods.IsPost(http.Request.Method)
                ? PerClient(http, Login, permitLimit: 10, TimeSpan.FromMinutes(1))
                : RateLimitPartition.GetNoLimiter("login-form"));
            // Search is the expensive public path: enough for a reader paging and refining, not for a scraper.
            o.AddPolicy(Search, http => PerClient(http, Search, permitLimit: 30, TimeSpan.FromSeconds(15)));
        });

    /// <summary>
    /// A fixed window per client address and policy: counted in Redis when configured, so that the limit holds across
    /// web nodes (RedisRateLimiting's limiter: one script call per request, refused requests not counted, idle once
    /// its request ends), otherwise in this process. Either way a client's partition reports itself idle between
    /// requests, so the partitioned limiter drops it after 10 s and memory does not grow with the clients seen.
    /// </summary>
    public static RateLimitPartition<string> PerClient(HttpContext http, string policy, int permitLimit, TimeSpan window)
    {
        var key = $"{policy}:{http.Connection.RemoteIpAddress}";
        if (http.RequestServices.GetService<IConnectionMultiplexer>() is not { } redis)
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window });
        var prefix = http.RequestServices.GetRequiredService<RedisPrefix>().Value;
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits));
        return RateLimitPartition.Get(key, k => new FailOpenRateLimiter(new RedisFixedWindowRateLimiter<string>($"{prefix}ratelimit:{k}",
            new RedisFixedWindowRateLimiterOptions { ConnectionMultiplexerFactory = () => redis, PermitLimit = permitLimit, Window = window }), logger));
    }
}
