using System.CommandLine;
using Siberindo.Cli;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Demo;

public static class DemoCommand
{
    public static Command Create()
    {
        var outlets = new Option<int>("--outlets") { Description = "How many simulated member outlets.", DefaultValueFactory = _ => 240 };
        var networkPort = new Option<int>("--network-port") { Description = "Loopback port of the simulated member network (0: any free port).", DefaultValueFactory = _ => 5081 };
        var command = CliHost.Command(new Command("demo",
            "Run Siberindo over a simulated network of member outlets on loopback, with its own database (data/demo.db). " +
            "Open http://localhost:5000 unless --urls says otherwise.") { outlets, networkPort });
        command.SetAction(async (parse, ct) =>
        {
            // Defaults first, so anything the user passes (later on the command line) wins.
            string[] defaults =
            [
                "--ConnectionStrings:Siberindo=Data Source=data/demo.db",
                // The demo network lives on loopback; nothing else is ever allowed.
                "--Crawler:AllowLoopback=true",
                "--Crawler:PollInterval=00:01:00",
                // Demo outlets publish every 20-90 minutes; polling them often keeps the demo visibly alive.
                "--Crawler:MinPollInterval=00:00:30",
                "--Crawler:MaxPollInterval=00:02:00",
                "--Crawler:Concurrency=32",
                "--Crawler:PerHostConcurrency=32",
                "--Crawler:RequestTimeout=00:00:10",
            ];
            var builder = SiberindoApp.CreateBuilder([.. defaults, .. parse.UnmatchedTokens]);
            var app = SiberindoApp.Build(builder);
            var regions = app.Services.GetRequiredService<RegionCatalog>();
            await using var network = await StartNetworkAsync(regions, parse.GetValue(outlets), parse.GetValue(networkPort), ct);
            await app.Services.InitializeDatabaseAsync(ct);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
                var added = await DemoSeeder.SeedAsync(db, network, ct);
                if (await AssociationSeeder.SeedAsync(db, regions, TimeProvider.System, ct: ct))
                    app.Logger.LogInformation("Demo association seeded: members' files, boards, cases, events and work programs (all fictional).");
                if (await DemoProgramsSeeder.SeedAsync(app.Services, TimeProvider.System, ct))
                    app.Logger.LogInformation("Demo programs seeded: trainings with certificates, legal-assistance cases, a year-end report section (all fictional).");
                var releases = await DemoPartnerSeeder.SeedAsync(app.Services, TimeProvider.System, ct);
                app.Logger.LogInformation("Demo partner {Partner}: {Releases} release(s) added (all fictional).", DemoPartnerSeeder.Name, releases);
                if (await DemoFactCheckSeeder.SeedAsync(app.Services, TimeProvider.System, ct) > 0)
                    app.Logger.LogInformation("Demo fact-check desk seeded: two checks and three reports (all fictional).");
                if (await DemoCompetitionSeeder.SeedAsync(app.Services, TimeProvider.System, ct))
                    app.Logger.LogInformation("Demo writing competition seeded: a finished round with its book at /lomba, and an open round (all fictional).");
                app.Logger.LogInformation("Demo network of {Count} outlets at {Url} ({Added} newly registered). All its content is fictional demo data.",
                    network.World.Outlets.Count, network.BaseUrl, added);
            }
            await app.RunAsync();
            return 0;
        });
        return command;
    }

    private static async Task<DemoNetwork> StartNetworkAsync(RegionCatalog regions, int outlets, int port, CancellationToken ct)
    {
        var world = new DemoWorld(regions, outlets);
        try
        {
            return await DemoNetwork.StartAsync(world, port, TimeProvider.System, ct);
        }
        catch (IOException) when (port != 0)
        {
            Console.Error.WriteLine($"Port {port} is taken; the demo network uses a free port instead.");
            return await DemoNetwork.StartAsync(world, 0, TimeProvider.System, ct);
        }
    }
}
