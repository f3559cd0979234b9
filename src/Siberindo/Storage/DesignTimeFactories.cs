using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Siberindo.Storage;

// Used only by `dotnet ef migrations add`, which needs a context per provider without starting the app.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSiberindoDb>
{
    public SqliteSiberindoDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteSiberindoDb>();
        StorageExtensions.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteSiberindoDb(options.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSiberindoDb>
{
    public PostgresSiberindoDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresSiberindoDb>();
        StorageExtensions.ConfigurePostgres(options, "Host=localhost;Database=design_time");
        return new PostgresSiberindoDb(options.Options);
    }
}
