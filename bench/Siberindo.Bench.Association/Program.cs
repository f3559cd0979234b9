using System.Diagnostics;
using Siberindo.Demo;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Reports;
using Siberindo.Statistics;
using Siberindo.Storage;

// The association's figures at the scale of a real association: the demo network of N outlets with its seeded
// association (membership histories, verification dates, boards, events), then the statistics page's computations,
// its charts and a province's year-end PDF, each timed over several rounds (median, min, max).
var outlets = Arg("--outlets", 1224);
var rounds = Arg("--rounds", 15);
var folder = Directory.CreateTempSubdirectory("siberindo-bench-");
try
{
    var app = SiberindoApp.Build(SiberindoApp.CreateBuilder([$"--ConnectionStrings:Siberindo=Data Source={Path.Combine(folder.FullName, "bench.db")}",
        "--Crawler:Enabled=false", "--Logging:LogLevel:Default=Warning"]));
    await app.Services.InitializeDatabaseAsync();
    var regions = app.Services.GetRequiredService<RegionCatalog>();
    await using var network = await DemoNetwork.StartAsync(new DemoWorld(regions, outlets), 0, TimeProvider.System);
    var seedWatch = Stopwatch.StartNew();
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        await DemoSeeder.SeedAsync(db, network);
        await AssociationSeeder.SeedAsync(db, regions, TimeProvider.System);
    }
    Console.WriteLine($"{outlets} outlets seeded with the demo association in {seedWatch.Elapsed.TotalSeconds:0.0} s; {rounds} rounds each, 2 shared cores.");

    var year = DateTime.UtcNow.Year;
    string? busiest = null;
    await Measure("statistics by province (38 rows)", async s =>
    {
        var figures = await s.GetRequiredService<MemberStatistics>().ByProvinceAsync(s.GetRequiredService<MemberStatistics>().Today);
        busiest ??= figures.OrderByDescending(f => f.Members).First().ProvinceCode;
    });
    await Measure("statistics per year (national trend)", s => s.GetRequiredService<MemberStatistics>().YearlyAsync());
    await Measure("province bar chart as SVG", async s =>
    {
        var stats = s.GetRequiredService<MemberStatistics>();
        Charts.Svg(Charts.ProvinceBars(await stats.ByProvinceAsync(stats.Today)), 900, 1100);
    });
    await Measure($"year-end report PDF (province {busiest})", async s =>
    {
        using var pdf = new MemoryStream();
        await s.GetRequiredService<AnnualReport>().WriteAsync(busiest!, year, pdf);
    });

    async Task Measure(string name, Func<IServiceProvider, Task> work)
    {
        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i <= rounds; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await work(scope.ServiceProvider);
            watch.Stop();
            if (i == 0) continue; // the first round warms up JIT, EF's query cache and fonts
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before; // process-wide: async work hops threads
        }
        times.Sort();
        Console.WriteLine($"| {name} | {times[times.Count / 2]:0.0} ms | {times[0]:0.0}-{times[^1]:0.0} ms | {allocated / 1024.0 / 1024.0:0.0} MiB |");
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
