namespace Siberindo.Hosting;

/// <summary>
/// A stage that works through what ingest leaves behind (search indexing, story assignment) after the articles are
/// stored, so that polling feeds never waits for it. One process at a time runs a stage, under a database lease.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    /// <summary>How often the worker looks for work when nothing in this process woke it.</summary>
    TimeSpan PollInterval { get; }

    /// <summary>Whether a background <see cref="PipelineWorker{TStage}"/> runs this stage in this process (then it keeps
    /// the lease between batches).</summary>
    bool WorkerRunning { get; set; }

    /// <summary>Does all pending work. Returns how much, or null when another process holds the lease, this one may
    /// not run the stage (a web-only node), or the stage must wait (the search index is being rebuilt).</summary>
    Task<int?> RunPendingAsync(CancellationToken ct);

    /// <summary>How much work is waiting, whoever will do it.</summary>
    Task<int> PendingCountAsync(CancellationToken ct);

    /// <summary>True when woken by <see cref="PipelineStages.Wake"/> before the timeout.</summary>
    Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken ct);

    /// <summary>Hands the lease over at once instead of letting the next process wait for it to expire.</summary>
    Task ReleaseAsync(CancellationToken ct);
}
