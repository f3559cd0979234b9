using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;

namespace Siberindo.Hosting;

/// <summary>
/// The C allocator's heap (glibc): what native code (SQLite, Brotli and zlib, the runtime's native parts) holds, what it
/// has freed that the allocator still keeps, and a way to give that back. The GC's metrics stop at the managed heap;
/// under the portal's load the allocator kept over 200 MB of freed compression and SQLite buffers in its per-thread
/// arenas (each arena keeps the largest burst it ever served), which showed as an RSS that never came down.
/// Available only where the C library is glibc; elsewhere (musl, Windows, macOS) <see cref="IsAvailable"/> is false.
/// </summary>
public static partial class NativeHeap
{
    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint Arena, OrdBlks, SmBlks, HBlks, HBlkHd, UsmBlks, FsmBlks, UordBlks, FordBlks, KeepCost;
    }

    [LibraryImport("libc", EntryPoint = "mallinfo2")]
    private static partial MallInfo2 MallInfo();

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);

    public static readonly bool IsAvailable = Probe();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { MallInfo(); return true; }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return false; }
    }

    /// <summary>Bytes handed out to native code and not freed yet (arena chunks and mmapped blocks).</summary>
    public static long InUse { get { var i = MallInfo(); return (long)(i.UordBlks + i.HBlkHd); } }

    /// <summary>Bytes native code has freed that the allocator keeps on its free lists (resident or, after a
    /// <see cref="Trim"/>, handed back to the system page by page).</summary>
    public static long Free => (long)MallInfo().FordBlks;

    /// <summary>Returns the whole free pages of every arena to the system (glibc's <c>malloc_trim(0)</c>).</summary>
    public static void Trim() => MallocTrim(0);

    private static readonly Meter Meter = new(Observability.MeterName);
    private static int _metricsRegistered;

    /// <summary>Puts both figures on <c>/metrics</c> (<c>siberindo_native_heap_in_use_bytes</c>, <c>..._free_bytes</c>).</summary>
    public static void RegisterMetrics()
    {
        if (!IsAvailable || Interlocked.Exchange(ref _metricsRegistered, 1) == 1) return;
        Meter.CreateObservableGauge("siberindo.native_heap.in_use", () => InUse, unit: "By",
            description: "Bytes the C allocator has handed out to native code and not had back.");
        Meter.CreateObservableGauge("siberindo.native_heap.free", () => Free, unit: "By",
            description: "Bytes native code has freed that the C allocator keeps on its free lists (trimmed pages included).");
    }
}
