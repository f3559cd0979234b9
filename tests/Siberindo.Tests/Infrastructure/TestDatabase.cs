using Npgsql;

namespace Siberindo.Tests.Infrastructure;

/// <summary>
/// A throwaway database on a real server: a SQLite file in a temp folder, or a fresh database on the PostgreSQL
/// server named by SIBERINDO_TEST_POSTGRES (which .ci/run starts). Under CI=true a missing server fails the test
/// instead of skipping it, so CI never passes by testing less.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SIBERINDO_TEST_POSTGRES";
    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly Func<Task> _drop;

    private TestDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("siberindo-test-");
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder.FullName, "test.db")}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { folder.Delete(recursive: true); } catch (IOException) { }
                return Task.CompletedTask;
            });
        }

        var server = PostgresServer();
        var name = "siberindo_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(provider, connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            // An autovacuum worker busy in the database runs as the server's superuser, which FORCE may not terminate
            // (42501): it finishes within moments, so try again; a test database left behind harms nobody.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
                    await drop.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
                {
                    if (attempt == 10) return;
                    await Task.Delay(500);
                }
            }
        });
    }

    /// <summary>The server's connection string; skips the test when there is none, unless running in CI.</summary>
    public static string PostgresServer()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(value)) return value;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"{PostgresVariable} is not set under CI=true: .ci/run must start PostgreSQL.");
        throw new SkipException($"Set {PostgresVariable} to a PostgreSQL connection string to run this test.");
    }

    public string[] ConfigurationArgs => [$"--Database:Provider={Provider}", $"--ConnectionStrings:Siberindo={ConnectionString}"];

    public ValueTask DisposeAsync() => new(_drop());
}
