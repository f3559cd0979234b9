namespace Siberindo.Tests.Infrastructure;

/// <summary>Two web nodes on one database and one Redis (a fresh key prefix), as behind a load balancer.</summary>
public sealed class RedisNodes : IAsyncDisposable
{
    public required TestDatabase Database { get; init; }
    public required TestApp A { get; init; }
    public required TestApp B { get; init; }

    public static async Task<RedisNodes> StartAsync()
    {
        var redis = TestRedis.ConfigurationArgs();
        var db = await TestDatabase.CreateAsync("Sqlite");
        return new RedisNodes { Database = db, A = await TestApp.StartAsync(db, [.. redis]), B = await TestApp.StartAsync(db, [.. redis]) };
    }

    /// <summary>Sends <paramref name="count"/> requests alternating between the nodes; their status codes in order.</summary>
    public async Task<List<System.Net.HttpStatusCode>> AlternateAsync(int count, Func<HttpClient, int, Task<HttpResponseMessage>> send)
    {
        using var a = A.Client();
        using var b = B.Client();
        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < count; i++) statuses.Add((await send(i % 2 == 0 ? a : b, i)).StatusCode);
        return statuses;
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}
