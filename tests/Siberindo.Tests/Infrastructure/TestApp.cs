using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Tests.Infrastructure;

/// <summary>The real application on Kestrel at a free loopback port, over a throwaway database.</summary>
public sealed class TestApp : IAsyncDisposable
{
    public required WebApplication App { get; init; }
    public required TestDatabase Database { get; init; }
    public required Uri BaseAddress { get; init; }
    private bool OwnsDatabase { get; init; }
    public IServiceProvider Services => App.Services;

    /// <summary>Starts the app; the crawler is off unless the settings turn it on.</summary>
    public static async Task<TestApp> StartAsync(string provider, params string[] settings) =>
        await StartAsync(await TestDatabase.CreateAsync(provider), ownsDatabase: true, settings);

    /// <summary>Starts the app with services replaced before it is built (a test's clock, for instance).</summary>
    public static async Task<TestApp> StartAsync(string provider, Action<WebApplicationBuilder> configure, params string[] settings) =>
        await StartAsync(await TestDatabase.CreateAsync(provider), ownsDatabase: true, settings, configure);

    /// <summary>Starts a node on a database another node (or the test) owns: several nodes, one database.</summary>
    public static Task<TestApp> StartAsync(TestDatabase database, string[] settings) => StartAsync(database, ownsDatabase: false, settings);

    private static async Task<TestApp> StartAsync(TestDatabase database, bool ownsDatabase, string[] settings, Action<WebApplicationBuilder>? configure = null)
    {
        string[] args = ["--urls=http://127.0.0.1:0", "--Crawler:Enabled=false", "--Logging:LogLevel:Default=Warning",
            // Not to the console: commands under test capture it (CliRunner), and a server running beside them must not
            // write into their output.
            "--Logging:Console:LogLevel:Default=None", .. database.ConfigurationArgs, .. settings];
        var builder = SiberindoApp.CreateBuilder(args);
        configure?.Invoke(builder);
        var app = SiberindoApp.Build(builder);
        await app.Services.InitializeDatabaseAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp { App = app, Database = database, OwnsDatabase = ownsDatabase, BaseAddress = new Uri(address) };
    }

    public HttpClient Client(bool followRedirects = false, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    public async Task<T> WithDbAsync<T>(Func<SiberindoDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SiberindoDb>());
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (OwnsDatabase) await Database.DisposeAsync();
    }
}
