using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Search;

public static class SearchExtensions
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ISearchStore>(sp => sp.GetRequiredService<DatabaseInfo>().Provider switch
        {
            DatabaseProvider.Postgres => new PostgresSearchStore(sp.GetRequiredService<SiberindoDb>()),
            _ => new SqliteSearchStore(sp.GetRequiredService<SiberindoDb>()),
        });
        services.AddScoped<ArticleSearchIndex>();
        services.AddScoped<ArticleSearch>();
        var role = NodeRoles.Read(builder.Configuration);
        services.AddSingleton<SearchIndexer>(sp => ActivatorUtilities.CreateInstance<SearchIndexer>(sp, role));
        // Web nodes never index; worker nodes (and one-machine installs) do, one lease holder at a time.
        if (role.RunsWorkers()) services.AddHostedService<PipelineWorker<SearchIndexer>>();
        return builder;
    }
}
