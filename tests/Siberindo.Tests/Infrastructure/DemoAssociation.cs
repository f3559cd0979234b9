using Siberindo.Demo;
using Siberindo.Regions;

namespace Siberindo.Tests.Infrastructure;

/// <summary>An app over the demo network's outlets with the demo association seeded, as `siberindo demo` has it.</summary>
public static class DemoAssociation
{
    public static async Task<(TestApp App, DemoNetwork Network)> StartAsync(string provider, int outlets = 120)
    {
        var app = await TestApp.StartAsync(provider);
        var regions = app.Services.GetRequiredService<RegionCatalog>();
        var network = await DemoNetwork.StartAsync(new DemoWorld(regions, outlets), 0, TimeProvider.System);
        await app.WithDbAsync(db => DemoSeeder.SeedAsync(db, network));
        Assert.True(await app.WithDbAsync(db => AssociationSeeder.SeedAsync(db, regions, TimeProvider.System)));
        Assert.True(await DemoProgramsSeeder.SeedAsync(app.Services, TimeProvider.System));
        return (app, network);
    }
}
