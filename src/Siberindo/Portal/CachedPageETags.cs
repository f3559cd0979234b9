using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Portal;

/// <summary>
/// Gives every rendering of a cached page (home, province, outlet, story, search, statistics) an ETag, so a reader's browser (or a proxy) revalidating it gets a
/// bodiless 304 from the output cache until the page changes. Runs inside the output cache middleware: it only sees
/// requests the cache could not answer, and the tag it sets is stored with the page. A random tag per rendering is
/// enough because a page is rendered again only when its cached entry was evicted or expired.
/// </summary>
public static class CachedPageETags
{
    public static IApplicationBuilder UseCachedPageETags(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method)
                && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is not null)
                context.Response.Headers.ETag = $"\"{Guid.NewGuid():N}\"";
            await next();
        });
}
