using System.Diagnostics.Metrics;

namespace Siberindo.Storage;

/// <summary>
/// The memory SQLite's own allocator holds (page caches of every pooled connection, prepared statements, the FTS5
/// merge buffers), on <c>/metrics</c> as <c>siberindo_sqlite_memory_bytes</c>. It lives outside the GC heap, so neither
/// the runtime's metrics nor a heap dump show it, and without it a growing RSS cannot be told apart from the C
/// allocator's own overhead.
/// </summary>
public static class SqliteMemoryMetrics
{
    private static readonly Meter Meter = new(Hosting.Observability.MeterName);
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        Meter.CreateObservableGauge("siberindo.sqlite.memory", () => SQLitePCL.raw.sqlite3_memory_used(), unit: "By",
            description: "Bytes held by SQLite's allocator (all connections of this process).");
    }
}
