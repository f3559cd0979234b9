using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Siberindo.Storage;

public enum DatabaseProvider { Sqlite, Postgres }

public static class StorageExtensions
{
    public const string DefaultSqliteConnection = "Data Source=data/siberindo.db";

    /// <summary>Registers the provider chosen by <c>Database:Provider</c> and exposes it as <see cref="SiberindoDb"/>.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var provider = ReadProvider(builder.Configuration);
        var connection = builder.Configuration.GetConnectionString("Siberindo");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                connection = PrepareSqlite(connection ?? DefaultSqliteConnection);
                builder.Services.AddDbContext<SqliteSiberindoDb>(o => ConfigureSqlite(o, connection));
                builder.Services.AddScoped<SiberindoDb>(sp => sp.GetRequiredService<SqliteSiberindoDb>());
                SqliteMemoryMetrics.Register();
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connection))
                    throw new InvalidOperationException(
                        "Database:Provider is Postgres but ConnectionStrings:Siberindo is empty. Set it, e.g. " +
                        "ConnectionStrings__Siberindo=\"Host=localhost;Database=siberindo;Username=siberindo;Password=...\".");
                builder.Services.AddDbContext<PostgresSiberindoDb>(o => ConfigurePostgres(o, connection));
                builder.Services.AddScoped<SiberindoDb>(sp => sp.GetRequiredService<PostgresSiberindoDb>());
                break;
        }
        builder.Services.AddSingleton(new DatabaseInfo(provider));
        builder.Services.AddTransient<DatabaseInitializer>();
        return builder;
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{value}' is not known. Use Sqlite or Postgres.");
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, string connection) =>
        options.UseSqlite(connection, o => o.MigrationsHistoryTable("__migrations"))
            .AddInterceptors(SqlitePragmas.Instance);

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, string connection) =>
        options.UseNpgsql(connection, o => o.MigrationsHistoryTable("__migrations"));

    /// <summary>Creates the folder of a file database so a fresh checkout runs with no set-up.</summary>
    private static string PrepareSqlite(string connection)
    {
        var csb = new SqliteConnectionStringBuilder(connection);
        if (csb.DataSource is { Length: > 0 } file && file != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.GetFullPath(file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            csb.DataSource = full;
        }
        // Writers wait for each other instead of failing at once with "database is locked".
        if (csb.DefaultTimeout < 30) csb.DefaultTimeout = 30;
        return csb.ToString();
    }

    /// <summary>
    /// Per-connection settings: WAL lets readers go on while the crawler writes; and search's ranking function
    /// (<see cref="Search.Fts5Bm25"/>), which lives on the native connection.
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();
        // cache_size: back to SQLite's default on every open, in case a search rebuild that raised it failed midway.
        private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-2000;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.ExecuteNonQuery();
            Search.Fts5Bm25.EnsureRegistered((SqliteConnection)connection);
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Search.Fts5Bm25.EnsureRegistered((SqliteConnection)connection);
        }
    }
}

public sealed record DatabaseInfo(DatabaseProvider Provider);
