using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Siberindo.Storage;

public sealed class SqliteSiberindoDb(DbContextOptions<SqliteSiberindoDb> options) : SiberindoDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite has no time zone type: instants are stored as UTC text and must come back as UTC.
        configuration.Properties<DateTime>().HaveConversion<UtcConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
