using Siberindo.Demo;
using Siberindo.Regions;

namespace Siberindo.Tests.Infrastructure;

/// <summary>The demo's simulated member network on a free loopback port, its outlets registered in the app's database.</summary>
public static class DemoNetworks
{
    public static async Task<DemoNetwork> StartSeededAsync(TestApp app, int outlets)
    {
        var world = new DemoWorld(app.Services.GetRequiredService<RegionCatalog>(), outlets);
        var network = await DemoNetwork.StartAsync(world, 0, TimeProvider.System);
        await app.WithDbAsync(db => DemoSeeder.SeedAsync(db, network));
        return network;
    }
}
