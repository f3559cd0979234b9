using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Portal;

/// <summary>
/// Gives every rendering of a cached response (home, province, outlet, story, search page and API, statistics and their
/// charts and files) an ETag, so a reader's browser (or a proxy) revalidating it gets a bodiless 304 from the output
/// cache until it changes. Runs inside the output cache middleware: it only sees requests the cache could not answer,
/// asks the cache whether this response will be stored (whichever way the endpoint named its policy), and the tag it
/// sets is stored with the response. A random tag per rendering is
/// enough because a page is rendered again only when its cached entry was evicted or expired.
/// </summary>
public static class CachedPageETags
{
    public static IApplicationBuilder UseCachedPageETags(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IOutputCacheFeature>()?.Context.EnableOutputCaching == true)
                context.Response.Headers.ETag = $"\"{Guid.NewGuid():N}\"";
            await next();
        });
}
