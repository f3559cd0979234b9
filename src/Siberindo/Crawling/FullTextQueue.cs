using System.Threading.Channels;
using Siberindo.Articles;

namespace Siberindo.Crawling;

/// <summary>
/// Articles waiting for their page to be fetched for full text. The feed's ingest only enqueues (never waits), so a
/// slow article page never slows the crawl; a bounded queue keeps memory flat when many outlets publish at once, and
/// what does not fit is picked up by the service's sweep of recent articles without a body.
/// </summary>
public sealed class FullTextQueue
{
    private readonly Channel<FullTextJob> _jobs = Channel.CreateBounded<FullTextJob>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false });
    private long _dropped;

    public ChannelReader<FullTextJob> Reader => _jobs.Reader;
    public long Dropped => Interlocked.Read(ref _dropped);

    public void EnqueueMissingBodies(IEnumerable<Article> articles)
    {
        foreach (var article in articles)
            if (article.Body is null) Enqueue(new FullTextJob(article.Id, article.Url));
    }

    public void Enqueue(FullTextJob job)
    {
        if (!_jobs.Writer.TryWrite(job)) Interlocked.Increment(ref _dropped);
    }
}

public sealed record FullTextJob(long ArticleId, string Url);
