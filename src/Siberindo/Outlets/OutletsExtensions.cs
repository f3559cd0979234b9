using Siberindo.Articles;

namespace Siberindo.Outlets;

public static class OutletsExtensions
{
    public static IServiceCollection AddOutlets(this IServiceCollection services) =>
        services.AddScoped<OutletRegistry>()
            .AddScoped<ArticleIngestor>()
            .AddSingleton<ArticleEvents>()
            .AddScoped<ArticleImport>()
            .AddScoped<FeedOpml>();
}
