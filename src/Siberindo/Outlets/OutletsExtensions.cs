using Siberindo.Articles;
using Siberindo.Hosting;

namespace Siberindo.Outlets;

public static class OutletsExtensions
{
    public static IServiceCollection AddOutlets(this IServiceCollection services) =>
        services.AddScoped<OutletRegistry>()
            .AddScoped<ArticleIngestor>()
            .AddSingleton<ArticleEvents>()
            // The fact-check stage still listens to ArticleEvents (FactChecks/MatchStage subscribes itself).
            .Subscribe<ArticlesStored, ArticleEvents>((events, _) => events.RaiseStored())
            .AddScoped<ArticleImport>()
            .AddScoped<FeedOpml>();
}
