using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Siberindo.Accounts;
using Siberindo.Hosting;

namespace Siberindo.Portal;

public static class PortalExtensions
{
    public const string CachePolicy = "portal";
    public const string ArticlesTag = "articles";

    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            // Pages live in their feature folders (Portal/, Outlets/Pages/, Accounts/) and declare absolute routes.
            o.RootDirectory = "/";
            o.Conventions.Add(new AdminPagesNeedStaff());
        }).AddApplicationPart(typeof(PortalExtensions).Assembly); // found even when the host is not this executable (tests, tools)
        services.AddScoped<PortalQueries>();
        services.AddSingleton<ClickCounter>();
        // Every list of articles (tag "articles") is stale when articles are stored, revised or shown otherwise.
        services.Subscribe<ArticlesStored, CoalescedEviction>((evictions, _) => evictions.Mark(ArticlesTag));
        services.Subscribe<ArticlesRevised, CoalescedEviction>((evictions, _) => evictions.Mark(ArticlesTag));
        services.Subscribe<ArticlesChanged, CoalescedEviction>((evictions, _) => evictions.Mark(ArticlesTag));
        services.AddHostedService(sp => sp.GetRequiredService<ClickCounter>());
        services.AddOutputCache(o =>
        {
            o.AddBasePolicy(new EncodingVariants());
            o.AddPolicy(CachePolicy, p => p.Expire(TimeSpan.FromMinutes(5)).Tag(ArticlesTag).SetVaryByQuery("halaman"));
        });
        StaleWhileRefillStore.Wrap(services);
        // The middleware with our own choice of coding, level and what not to compress (PortalCompression).
        services.AddResponseCompression();
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, PortalCompression>());
        return services;
    }

    /// <summary>Security headers for every response: feed HTML is untrusted, so pages run no script but our own.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                                            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            await next();
        });
}
