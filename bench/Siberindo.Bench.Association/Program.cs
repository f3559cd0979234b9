using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Siberindo.Certificates;
using Siberindo.Demo;
using Siberindo.Programs;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Reports;
using Siberindo.Statistics;
using Siberindo.Storage;

// The association's figures at the scale of a real association: the demo network of N outlets with its seeded
// association (membership histories, verification dates, boards, events), then the statistics page's computations,
// its charts and a province's year-end PDF, each timed over several rounds (median, min, max). Then a national
// training with --trainees people (one per member outlet, at most): registration, attendance, certificates issued in
// bulk (timed once), and per certificate its PDF and the public verification lookup.
var outlets = Arg("--outlets", 1224);
var rounds = Arg("--rounds", 15);
var trainees = Arg("--trainees", 1000);
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

    // A national training as large as the members allow, through the feature's own service.
    int training, issued;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (e, _) = await scope.ServiceProvider.GetRequiredService<ProgramService>()
            .CreateEventAsync(new EventDraft(EventKind.CekFakta, "Pelatihan Cek Fakta (bench)", today.AddDays(-1), today, "Jakarta", null, null));
        training = e!.Id;
        var certificates = scope.ServiceProvider.GetRequiredService<CertificateService>();
        var setup = Stopwatch.StartNew();
        foreach (var c in (await certificates.CandidatesAsync(e, default)).DistinctBy(c => c.OutletId).Take(trainees))
            await certificates.RegisterAsync(training, c.PersonId);
        foreach (var r in await certificates.Registrations(training).Select(r => r.Id).ToListAsync())
            await certificates.SetAttendedAsync(training, r, true);
        setup.Stop();
        var watch = Stopwatch.StartNew();
        (issued, _) = await certificates.IssueAllAsync(training);
        Console.WriteLine($"{issued} people registered and marked present one by one in {setup.Elapsed.TotalSeconds:0.0} s; " +
                          $"{issued} certificates issued in bulk (one transaction) in {watch.Elapsed.TotalMilliseconds:0} ms.");
    }
    var sample = await Scoped(s => s.GetRequiredService<SiberindoDb>().Set<Certificate>().OrderBy(c => c.Id).Skip(issued / 2).FirstAsync());
    byte[] last = [];
    await Measure("certificate PDF with its QR code", _ => { last = CertificatePdf.Write(sample, $"https://siberindo.example/sertifikat/{sample.Code}"); return Task.CompletedTask; });
    Console.WriteLine($"certificate PDF: {last.Length / 1024.0:0} KiB");
    await Measure($"verification lookup by code ({issued} certificates)", s => s.GetRequiredService<CertificateService>().VerifyAsync(sample.Code.ToLowerInvariant(), default));
    await Measure("training counts, national (statistics page)", s => TrainingCounts.CountAsync(s.GetRequiredService<SiberindoDb>(), year, DateOnly.FromDateTime(DateTime.UtcNow), null, default));
    await Measure($"year-end report PDF with the training (province {busiest})", async s =>
    {
        using var pdf = new MemoryStream();
        await s.GetRequiredService<AnnualReport>().WriteAsync(busiest!, year, pdf);
    });

    async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

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
