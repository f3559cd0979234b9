using Siberindo.Storage;

namespace Siberindo.Hosting;

/// <summary>
/// This process's claim on a pipeline stage's database lease (<see cref="WorkLeases"/>): one holder id per process and
/// stage, and whether the claim is held. Not thread-safe: each stage calls it under its own gate.
/// </summary>
public sealed class StageLease(string name)
{
    static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public string Name => name;
    public bool Held { get; private set; }

    /// <summary>Takes or renews the lease; false (and not held) when another process has it.</summary>
    public async Task<bool> TryTakeAsync(SiberindoDb db, DateTime now, CancellationToken ct) =>
        Held = await WorkLeases.TryAcquireAsync(db, name, _holder, now, Duration, ct);

    /// <summary>Call inside a batch's transaction: throws when another process took the lease, so nothing is stored.</summary>
    public async Task RenewOrThrowAsync(SiberindoDb db, DateTime now, CancellationToken ct)
    {
        if (await WorkLeases.RenewAsync(db, name, _holder, now, Duration, ct)) return;
        Held = false;
        throw new InvalidOperationException($"The '{name}' lease was lost to another process; nothing of this batch was stored.");
    }

    public async Task ReleaseAsync(SiberindoDb db, CancellationToken ct)
    {
        if (!Held) return;
        await WorkLeases.ReleaseAsync(db, name, _holder, ct);
        Held = false;
    }

    /// <summary>
    /// One run of a stage that keeps in-memory state while it holds the lease (a matcher over recent releases or
    /// claims): under the stage's gate, in a scope of its own. When another process holds the lease, <paramref name="lost"/>
    /// drops that state and the run does nothing (null); when this process takes the lease anew after a gap, another
    /// holder may have written meanwhile, so <paramref name="work"/> is told to rebuild (its <c>anew</c> argument).
    /// </summary>
    public async Task<int?> RunAsync(SemaphoreSlim gate, IServiceScopeFactory scopes, DateTime now,
        Func<AsyncServiceScope, SiberindoDb, bool, Task<int?>> work, Action lost, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            var held = Held;
            if (!await TryTakeAsync(db, now, ct))
            {
                lost();
                return null;
            }
            return await work(scope, db, !held);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// A stage's <see cref="IPipelineStage.ReleaseAsync"/>: under the stage's gate, so a batch in progress ends first,
    /// in a scope of its own. <paramref name="released"/> drops what the stage kept while it held the lease (an
    /// in-memory index that another process's writes will make stale).
    /// </summary>
    public async Task ReleaseAsync(SemaphoreSlim gate, IServiceScopeFactory scopes, CancellationToken ct, Action? released = null)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!Held) return;
            await using var scope = scopes.CreateAsyncScope();
            await ReleaseAsync(scope.ServiceProvider.GetRequiredService<SiberindoDb>(), ct);
            released?.Invoke();
        }
        finally
        {
            gate.Release();
        }
    }
}
