using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Search;

public static class SearchExtensions
{
    /// <summary>Searches are cached per query string: in a news peak many readers type the same few words. Evicted with
    /// the article lists when the index changes, so the cache never hides a new article for more than about a second.</summary>
    public const string CachePolicy = "search";

    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ISearchStore>(sp => sp.GetRequiredService<DatabaseInfo>().Provider switch
        {
            DatabaseProvider.Postgres => ActivatorUtilities.CreateInstance<PostgresSearchStore>(sp),
            _ => ActivatorUtilities.CreateInstance<SqliteSearchStore>(sp),
        });
        services.AddScoped<ArticleSearchIndex>();
        services.AddScoped<ArticleSearch>();
        services.AddOutputCache(o => o.AddPolicy(CachePolicy, p => p.Expire(TimeSpan.FromMinutes(2)).Tag(Portal.PortalExtensions.ArticlesTag).SetVaryByQuery("*")));
        var role = NodeRoles.Read(builder.Configuration);
        services.AddSingleton<SearchIndexer>(sp => ActivatorUtilities.CreateInstance<SearchIndexer>(sp, role));
        // Web nodes never index; worker nodes (and one-machine installs) do, one lease holder at a time.
        if (role.RunsWorkers()) services.AddHostedService<PipelineWorker<SearchIndexer>>();
        // Whoever queued articles for indexing wakes the stage rather than leave them for its next poll.
        services.Subscribe<ArticlesStored, SearchIndexer>((indexer, _) => indexer.Notify());
        services.Subscribe<ArticlesRevised, SearchIndexer>((indexer, _) => indexer.Notify());
        return builder;
    }
}
