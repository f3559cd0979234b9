namespace Siberindo.Crawling;

/// <summary>
/// The crawler's fetcher and discoverer with the app's configuration but without database or web server, for
/// commands that only fetch (<c>feed parse URL</c>, <c>feed fetch</c>, <c>feed discover</c>).
/// </summary>
internal sealed class FetchingServices : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private FetchingServices(ServiceProvider services)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
    }

    public FeedFetcher Fetcher => _scope.ServiceProvider.GetRequiredService<FeedFetcher>();
    public FeedDiscoverer Discoverer => _scope.ServiceProvider.GetRequiredService<FeedDiscoverer>();

    public static FetchingServices Create(IReadOnlyList<string> configurationArgs, bool allowPrivate)
    {
        // The same configuration sources as the server (appsettings, environment, command-line tokens).
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. configurationArgs])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFeedFetching(configuration, allowPrivate);
        return new FetchingServices(services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
