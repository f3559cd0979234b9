using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Demo;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Bench;

/// <summary>
/// The product on a throwaway SQLite file with the demo network of N outlets and its association seeded, as the
/// benches of the association's programs (bench/Siberindo.Bench.Association, bench/Siberindo.Bench.Competition)
/// measure it, and their one way of timing a service: a fresh scope per run, the first run a warm-up (JIT, EF's query
/// cache, fonts), then the median and min-max of the rest, and the bytes the last run allocated.
/// </summary>
public sealed class SeededAssociation : IAsyncDisposable
{
    private readonly DirectoryInfo folder;
    private readonly DemoNetwork network;
    private readonly int rounds;

    public WebApplication App { get; }
    public RegionCatalog Regions => App.Services.GetRequiredService<RegionCatalog>();
    public TimeSpan SeedTime { get; }

    private SeededAssociation(DirectoryInfo folder, WebApplication app, DemoNetwork network, int rounds, TimeSpan seedTime) =>
        (this.folder, App, this.network, this.rounds, SeedTime) = (folder, app, network, rounds, seedTime);

    public static async Task<SeededAssociation> StartAsync(int outlets, int rounds)
    {
        var folder = Directory.CreateTempSubdirectory("siberindo-bench-");
        var app = SiberindoApp.Build(SiberindoApp.CreateBuilder([$"--ConnectionStrings:Siberindo=Data Source={Path.Combine(folder.FullName, "bench.db")}",
            "--Crawler:Enabled=false", "--Logging:LogLevel:Default=Warning"]));
        await app.Services.InitializeDatabaseAsync();
        var regions = app.Services.GetRequiredService<RegionCatalog>();
        var network = await DemoNetwork.StartAsync(new DemoWorld(regions, outlets), 0, TimeProvider.System);
        var watch = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            await DemoSeeder.SeedAsync(db, network);
            await AssociationSeeder.SeedAsync(db, regions, TimeProvider.System);
        }
        return new SeededAssociation(folder, app, network, rounds, watch.Elapsed);
    }

    public async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Prints one markdown row: name, median, min-max, allocated in the last run.</summary>
    public async Task Measure(string name, Func<IServiceProvider, Task> work)
    {
        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i <= rounds; i++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await work(scope.ServiceProvider);
            watch.Stop();
            if (i == 0) continue; // warm-up
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before; // process-wide: async work hops threads
        }
        times.Sort();
        Console.WriteLine($"| {name} | {times[times.Count / 2]:0.0} ms | {times[0]:0.0}-{times[^1]:0.0} ms | {allocated / 1024.0 / 1024.0:0.0} MiB |");
    }

    /// <summary>An integer option such as <c>--outlets 400</c>.</summary>
    public static int Arg(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;

    public async ValueTask DisposeAsync()
    {
        await network.DisposeAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
