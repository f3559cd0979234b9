namespace Siberindo.Hosting;

/// <summary>
/// What every leased pipeline stage shares: its lease (named after the stage), the gate that keeps one run or release
/// at a time in this process, the wake that notifications ring, and the release under the gate. A stage adds only its
/// work (<see cref="RunPendingAsync"/>, <see cref="PendingCountAsync"/>) and what it drops when the lease goes.
/// </summary>
public abstract class LeasedStage(string leaseName, IServiceScopeFactory scopes, TimeProvider clock) : IPipelineStage
{
    readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>One run (or release) at a time in this process.</summary>
    protected SemaphoreSlim Gate { get; } = new(1, 1);
    protected StageLease Lease { get; } = new(leaseName);
    protected IServiceScopeFactory Scopes => scopes;
    protected TimeProvider Clock => clock;
    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Whether something woke the stage since its worker last waited (a burst still arriving).</summary>
    protected bool WokenMeanwhile => _wake.CurrentCount > 0;

    public string Name => leaseName;
    public abstract TimeSpan PollInterval { get; }
    public bool WorkerRunning { get; set; }

    /// <summary>Wakes the stage's worker; cheap and never blocks, so writers' notifications can call it every time.</summary>
    public void Notify() => PipelineStages.Wake(_wake);

    public virtual Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);

    public abstract Task<int?> RunPendingAsync(CancellationToken ct);

    public abstract Task<int> PendingCountAsync(CancellationToken ct);

    public Task ReleaseAsync(CancellationToken ct = default) => Lease.ReleaseAsync(Gate, scopes, ct, LeaseReleased);

    /// <summary>Drops what the stage kept while it held the lease (an in-memory index that another process's writes
    /// will make stale); runs under the gate.</summary>
    protected virtual void LeaseReleased() { }
}
