namespace Siberindo.Crawling;

/// <summary>Counters of this process's crawl, for logs and progress display.</summary>
public sealed class CrawlStatistics
{
    private long _polls, _failures, _newArticles;

    public long Polls => Interlocked.Read(ref _polls);
    public long Failures => Interlocked.Read(ref _failures);
    public long NewArticles => Interlocked.Read(ref _newArticles);

    public void Record(PollReport report)
    {
        Interlocked.Increment(ref _polls);
        if (!report.Success) Interlocked.Increment(ref _failures);
        Interlocked.Add(ref _newArticles, report.NewArticles);
    }
}
