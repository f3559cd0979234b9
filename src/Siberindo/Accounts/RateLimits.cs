using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

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
            o.AddPolicy(Login, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
            // Search is the expensive public path: bursts of 20 for a reader paging and refining, 2 per second sustained.
            o.AddPolicy(Search, http => RateLimitPartition.GetTokenBucketLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 20, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromSeconds(5), QueueLimit = 0,
                }));
        });
}
