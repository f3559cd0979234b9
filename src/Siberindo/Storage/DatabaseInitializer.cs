using Microsoft.EntityFrameworkCore;
using Siberindo.Regions;
using Siberindo.Search;

namespace Siberindo.Storage;

/// <summary>Brings the database to the current schema and loads reference data; safe to run at every start.</summary>
public sealed class DatabaseInitializer(SiberindoDb db, RegionCatalog regions, ISearchStore search, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        await RegionSeeder.SeedAsync(db, regions, ct);
        // The full-text index is outside EF's model (an FTS5 virtual table on SQLite), so it is created here.
        await search.EnsureSchemaAsync(ct);
    }
}

public static class DatabaseInitializerExtensions
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
    }
}
