using Siberindo.Accounts;
using Siberindo.Articles;
using Siberindo.Audit;
using Siberindo.Boards;
using Siberindo.Competition;
using Siberindo.Certificates;
using Siberindo.Crawling;
using Siberindo.FactChecks;
using Siberindo.Legal;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Partners;
using Siberindo.Portal;
using Siberindo.Portal.Feeds;
using Siberindo.Portal.Sitemaps;
using Siberindo.Programs;
using Siberindo.Regions;
using Siberindo.Releases;
using Siberindo.Reports;
using Siberindo.Statistics;
using Siberindo.Search;
using Siberindo.Storage;
using Siberindo.Stories;
using Siberindo.Traffic;
using Siberindo.Thumbnails;
using Siberindo.Verification;

namespace Siberindo.Hosting;

/// <summary>The composition root: every feature registers its services and maps its endpoints here, in one place.</summary>
public static class SiberindoApp
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Static files, region data and appsettings are found next to the executable, whatever the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddStorage();
        builder.AddSharedState();
        builder.Services.AddNotifications();
        builder.Services.AddSingleton<CoalescedEviction>().AddHostedService(sp => sp.GetRequiredService<CoalescedEviction>());
        builder.AddObservability();
        builder.Services.AddRegions();
        builder.Services.AddOutlets();
        builder.Services.AddArticles();
        builder.AddCrawling();
        builder.AddThumbnails();
        builder.AddStories();
        builder.Services.AddAccounts();
        builder.Services.AddSiberindoRateLimits();
        builder.Services.AddPortal();
        builder.Services.AddTraffic();
        builder.Services.AddAudit();
        builder.Services.AddMembers();
        builder.Services.AddVerification(builder.Configuration);
        builder.Services.AddBoards();
        builder.Services.AddPrograms();
        builder.Services.AddStatistics();
        builder.Services.AddReports();
        builder.AddSearch();
        builder.AddPartners();
        builder.AddReleases();
        builder.AddFactChecks();
        builder.Services.AddCompetition();
        builder.Services.AddCertificates();
        builder.Services.AddLegal();
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        // Behind nginx the client's address comes in X-Forwarded-For (trusted from loopback proxies only, by default),
        // so rate limits count readers, not the proxy.
        app.UseForwardedHeaders(ReverseProxy.Options(app.Configuration));
        if (!app.Environment.IsDevelopment())
        {
            // A program calling the API gets problem+json, a reader the error page (which also explains a 413).
            app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/galat"));
        }
        app.UseSecurityHeaders();
        app.UseStaticAssets();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAccessScope();
        app.UseInternalEndpoints();
        app.UseAntiforgery();
        app.UseNoAgeFromOutputCache();
        app.UseOutputCache();
        // Inside the output cache, so a cached response is compressed once, when its entry fills, and stored compressed.
        app.UseResponseCompression();
        app.UseCachedResponseHeaders();

        app.MapObservability();
        // A worker node answers health checks and metrics only; its work is the crawler's.
        if (!NodeRoles.Read(app.Configuration).ServesPages()) return app;

        app.MapRazorPages();
        app.MapReadRedirect();
        app.MapTraffic();
        app.MapThumbnails();
        app.MapPortalFeeds();
        app.MapSitemaps();
        app.MapLogout();
        app.MapArticles();
        app.MapWebSub();
        app.MapSearchApi();
        app.MapRegionsApi();
        app.MapStatistics();
        app.MapMembers();
        app.MapReports();
        app.MapPartners();
        app.MapReleases();
        app.MapFactChecks();
        app.MapCompetition();
        app.MapCertificates();
        app.MapLegal();
        app.MapOpenApi();
        StaticAssets.Stamp(app.Environment);
        return app;
    }
}
