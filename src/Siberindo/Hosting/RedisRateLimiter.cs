using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Siberindo.Hosting;

/// <summary>
/// A fixed-window limiter whose counter lives in Redis, so a limit holds across all web nodes: the window's count is
/// incremented and given its expiry in one atomic script. If Redis cannot be reached the request is let through:
/// a rate limit must not take the portal down with it.
/// </summary>
/// <param name="key">The full key prefix of this limiter's counters (installation prefix, policy, client).</param>
public sealed class RedisRateLimiter(IConnectionMultiplexer redis, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private const string Script = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Decide(Count(sync: true).GetAwaiter().GetResult());

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        Decide(await Count(sync: false));

    private async Task<long?> Count(bool sync)
    {
        var windowKey = (RedisKey)$"{key}:{DateTime.UtcNow.Ticks / window.Ticks}";
        RedisValue[] args = [(long)window.TotalMilliseconds];
        try
        {
            var db = redis.GetDatabase();
            var result = sync ? db.ScriptEvaluate(Script, [windowKey], args) : await db.ScriptEvaluateAsync(Script, [windowKey], args);
            return (long)result;
        }
        catch (RedisException)
        {
            return null;
        }
    }

    private RateLimitLease Decide(long? count) => count is null || count <= permitLimit ? Granted : Refused;

    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
