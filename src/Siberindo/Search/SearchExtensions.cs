using Siberindo.Storage;

namespace Siberindo.Search;

public static class SearchExtensions
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<ISearchStore>(sp => sp.GetRequiredService<DatabaseInfo>().Provider switch
        {
            DatabaseProvider.Postgres => new PostgresSearchStore(sp.GetRequiredService<SiberindoDb>()),
            _ => new SqliteSearchStore(sp.GetRequiredService<SiberindoDb>()),
        });
        services.AddScoped<ArticleSearchIndex>();
        services.AddScoped<ArticleSearch>();
        return services;
    }
}
