using CsCheck;
using Siberindo.Core.Feeds.Polling;

namespace Siberindo.Core.Tests.Feeds.Polling;

/// <summary>How often a feed is polled, from the rhythm of its articles and what the last polls found.</summary>
public class PollIntervalsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_interval_is_half_the_median_gap_between_recent_articles()
    {
        var hourly = Enumerable.Range(0, 12).Select(i => Now.AddMinutes(-10 - 60 * i));
        Assert.Equal(TimeSpan.FromMinutes(30), PollIntervals.Adapt(hourly, 1, TimeSpan.FromMinutes(10), Now));

        // One odd gap does not move the median.
        var withBurst = hourly.Append(Now.AddMinutes(-11)).Append(Now.AddDays(-30));
        Assert.Equal(TimeSpan.FromMinutes(30), PollIntervals.Adapt(withBurst, 0, TimeSpan.FromMinutes(10), Now));
    }

    [Fact]
    public void The_interval_stays_within_bounds_and_slows_for_outlets_gone_quiet()
    {
        var busy = Enumerable.Range(0, 20).Select(i => Now.AddMinutes(-i));
        Assert.Equal(PollIntervals.Minimum, PollIntervals.Adapt(busy, 5, TimeSpan.FromMinutes(10), Now));

        var weekly = Enumerable.Range(0, 5).Select(i => Now.AddDays(-7 * i));
        Assert.Equal(PollIntervals.Maximum, PollIntervals.Adapt(weekly, 0, TimeSpan.FromMinutes(10), Now));

        // Published every 20 minutes, but the last one two days ago: the silence counts.
        var quiet = Enumerable.Range(0, 10).Select(i => Now.AddDays(-2).AddMinutes(-20 * i));
        Assert.Equal(PollIntervals.Maximum, PollIntervals.Adapt(quiet, 0, TimeSpan.FromMinutes(10), Now));
        var lateMorning = Enumerable.Range(0, 10).Select(i => Now.AddHours(-2).AddMinutes(-20 * i));
        Assert.Equal(TimeSpan.FromMinutes(30), PollIntervals.Adapt(lateMorning, 0, TimeSpan.FromMinutes(10), Now));
    }

    [Fact]
    public void Without_dates_the_interval_follows_what_polls_find()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), PollIntervals.Adapt([], 3, TimeSpan.FromMinutes(20), Now));
        Assert.Equal(TimeSpan.FromMinutes(25), PollIntervals.Adapt([Now], 0, TimeSpan.FromMinutes(20), Now));
    }

    [Fact]
    public void The_interval_is_always_within_the_bounds()
    {
        Gen.Select(Gen.Long[-1_000_000, 1_000_000].Array[0, 30], Gen.Int[0, 50], Gen.Int[1, 100_000])
            .Sample((offsets, added, currentSeconds) =>
            {
                var interval = PollIntervals.Adapt(offsets.Select(o => Now.AddSeconds(o)), added, TimeSpan.FromSeconds(currentSeconds), Now);
                return interval >= PollIntervals.Minimum && interval <= PollIntervals.Maximum;
            }, iter: 2000);
    }
}
