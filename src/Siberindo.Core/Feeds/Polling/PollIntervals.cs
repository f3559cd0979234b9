namespace Siberindo.Core.Feeds.Polling;

/// <summary>
/// How often to poll a feed, adapted to how often its outlet publishes: about twice per typical gap between articles,
/// so a busy outlet is polled every few minutes and a weekly one a few times a day, within fixed bounds.
/// </summary>
public static class PollIntervals
{
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan Maximum = TimeSpan.FromHours(6);

    /// <summary>Gaps between this many of the newest entries are considered; older ones describe another era.</summary>
    private const int RecentEntries = 20;

    /// <summary>
    /// The next interval after a successful poll.
    /// </summary>
    /// <param name="published">Publication times of the feed's entries (any order, may repeat).</param>
    /// <param name="newArticles">Articles this poll stored that were not known before.</param>
    /// <param name="current">The interval used so far (the configured default for a new feed).</param>
    /// <param name="now">The time of the poll.</param>
    /// <param name="minimum">The shortest interval allowed (default <see cref="Minimum"/>).</param>
    /// <param name="maximum">The longest interval allowed (default <see cref="Maximum"/>).</param>
    public static TimeSpan Adapt(IEnumerable<DateTimeOffset> published, int newArticles, TimeSpan current, DateTimeOffset now,
        TimeSpan? minimum = null, TimeSpan? maximum = null)
    {
        var recent = published.Where(p => p <= now + TimeSpan.FromMinutes(15))
            .Distinct().OrderDescending().Take(RecentEntries).ToList();
        TimeSpan wanted;
        if (recent.Count >= 2)
        {
            var gaps = new List<TimeSpan>(recent.Count - 1);
            for (int i = 1; i < recent.Count; i++)
            {
                gaps.Add(recent[i - 1] - recent[i]);
            }
            gaps.Sort();
            var median = gaps[gaps.Count / 2];
            wanted = median / 2;
            // An outlet that has gone quiet (newest article long ago) needs fewer polls than its old rhythm says.
            var silence = now - recent[0];
            if (silence / 4 > wanted)
            {
                wanted = silence / 4;
            }
        }
        else
        {
            // No usable dates: steer by what the polls find, faster when news arrives, slower when none does.
            wanted = newArticles > 0 ? current * 0.75 : current * 1.25;
        }
        return Clamp(wanted, minimum ?? Minimum, maximum ?? Maximum);
    }

    public static TimeSpan Clamp(TimeSpan interval, TimeSpan minimum, TimeSpan maximum) =>
        interval < minimum ? minimum : interval > maximum ? maximum : interval;
}
