using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Siberindo.Hosting;

/// <summary>
/// Lets a request through when the limiter's Redis cannot be reached: a rate limit must not take the portal down with
/// it. Everything else (counting, idleness, so that the partitioned limiter evicts a client's partition) is the inner
/// limiter's.
/// </summary>
public sealed class FailOpenRateLimiter(RateLimiter inner, ILogger logger) : RateLimiter
{
    public override TimeSpan? IdleDuration => inner.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => null;

    // Never I/O here: the middleware tries this first and awaits AcquireAsync only when it is refused.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => inner.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AcquireAsync(permitCount, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning("Rate limit not applied, Redis is unreachable: {Error}", e.Message);
            return Granted.Instance;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore() => inner.DisposeAsync();

    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Instance = new();
        public override bool IsAcquired => true;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
