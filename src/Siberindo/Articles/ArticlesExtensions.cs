namespace Siberindo.Articles;

public static class ArticlesExtensions
{
    /// <summary>The ingest shared by the crawler, WebSub pushes and imports, and the JSONL import.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services) =>
        services.AddScoped<ArticleIngestor>()
            .AddScoped<ArticleImport>();

    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app) => app.MapArticlesApi();
}
