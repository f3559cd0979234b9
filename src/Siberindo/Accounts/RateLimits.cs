using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Siberindo.Accounts;

public static class RateLimits
{
    public const string Login = "login";

    /// <summary>Login attempts per client address: slows password guessing without bothering people.</summary>
    public static IServiceCollection AddSiberindoRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Login, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });
}
