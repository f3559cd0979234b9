using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Siberindo.Portal;

/// <summary>
/// Headers of every cached response (home, province, outlet, story, search page and API, statistics and their charts
/// and files), set once when its cache entry fills and stored with it.
/// </summary>
public static class CachedResponseHeaders
{
    /// <summary>
    /// What nginx's micro-cache and a CDN may do with a cached page. Tag eviction reaches only our own output cache, so
    /// a shared cache in front keeps a page briefly (s-maxage) and may answer from a stale copy while it refetches or
    /// while we are down. A new article therefore reaches readers behind a CDN within s-maxage plus
    /// stale-while-revalidate (30 s), within about a second here. Browsers keep a page 5 s, then revalidate (304).
    /// </summary>
    public const string SharedCacheControl = "public, max-age=5, s-maxage=15, stale-while-revalidate=15, stale-if-error=300";

    /// <summary>
    /// Runs inside the output cache middleware: it only sees requests the cache could not answer, and asks the cache
    /// whether this response will be stored (whichever way the endpoint named its policy). The ETag is random per fill
    /// (a page is rendered again only when its entry was evicted or expired) and names the coding of its variant, so a
    /// revalidation with the br variant's tag is answered 304 by the br entry only.
    /// </summary>
    public static IApplicationBuilder UseCachedResponseHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IOutputCacheFeature>()?.Context.EnableOutputCaching == true)
            {
                context.Response.Headers.ETag = $"\"{Guid.NewGuid():N}-{ContentCodings.Negotiate(context.Request)}\"";
                context.Response.Headers.CacheControl = SharedCacheControl;
            }
            await next();
        });

    /// <summary>
    /// Runs outside the output cache: drops the Age it adds to a response served from an entry. Our output cache is
    /// part of the origin and its entries stay current through tag eviction; an Age of minutes would tell a CDN the page
    /// is older than its s-maxage the moment it arrives, and the CDN would refetch it on every request.
    /// </summary>
    public static IApplicationBuilder UseNoAgeFromOutputCache(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                ((HttpResponse)state).Headers.Remove(HeaderNames.Age);
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
