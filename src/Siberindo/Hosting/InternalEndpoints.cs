using System.Security.Cryptography;
using System.Text;
using Siberindo.Accounts;

namespace Siberindo.Hosting;

/// <summary>
/// Endpoints for operators, not readers: <c>/metrics</c> (Prometheus) and <c>/openapi/…</c>. Answered only to a request
/// from this machine (loopback, after forwarded headers are applied, so a reader behind the proxy is not local), to one
/// that carries <c>Authorization: Bearer {Observability:Token}</c> when a token is configured, or to a signed-in
/// national admin; anyone else gets 404, as for a path that does not exist. nginx closes them too (deploy/nginx).
/// </summary>
public static class InternalEndpoints
{
    public const string TokenKey = "Observability:Token";

    public static IApplicationBuilder UseInternalEndpoints(this WebApplication app)
    {
        var token = app.Configuration[TokenKey] is { Length: > 0 } t ? Encoding.UTF8.GetBytes("Bearer " + t) : null;
        return app.Use(async (http, next) =>
        {
            if (IsInternal(http.Request.Path) && !Allowed(http, token))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(http);
        });
    }

    private static bool IsInternal(PathString path) => path.StartsWithSegments("/metrics") || path.StartsWithSegments("/openapi");

    private static bool Allowed(HttpContext http, byte[]? token)
    {
        if (http.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address)) return true;
        if (token is not null && http.Request.Headers.Authorization.ToString() is { Length: > 0 } given
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), token)) return true;
        return http.User.IsInRole(Roles.Admin);
    }
}
