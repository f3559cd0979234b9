namespace Siberindo.Crawling;

/// <summary>
/// When to poll a feed next. A failing feed backs off exponentially with jitter but is never dropped: members'
/// hosting fails often and recovers, and a feed that is silently given up on is news lost.
/// </summary>
public static class PollSchedule
{
    public static DateTime NextAfterSuccess(DateTime now, TimeSpan interval) => now + Jitter(interval, 0.1);

    public static DateTime NextAfterFailure(DateTime now, int consecutiveFailures, TimeSpan interval, TimeSpan maxBackoff, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 16);
        var backoff = TimeSpan.FromTicks(Math.Min(maxBackoff.Ticks, interval.Ticks * (1L << exponent)));
        if (retryAfter is { } hinted && hinted > backoff) backoff = hinted < maxBackoff ? hinted : maxBackoff;
        return now + Jitter(backoff, 0.2);
    }

    /// <summary>Spreads polls so that feeds added together do not stay in lock-step forever.</summary>
    private static TimeSpan Jitter(TimeSpan value, double fraction) =>
        value * (1 + fraction * (Random.Shared.NextDouble() * 2 - 1));
}
