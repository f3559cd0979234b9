using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Siberindo.Hosting;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Hosting;

public sealed class NativeHeapTests
{
    /// <summary>
    /// What the portal's compression does to glibc, in small: a thread fills its arena with blocks under the mmap
    /// threshold and frees all of them but the last, so the freed space sits below a live block where the allocator
    /// never returns it by itself. The trimmer must give those pages back.
    /// </summary>
    [Fact]
    public void A_trim_gives_back_the_pages_native_code_freed_below_a_live_block()
    {
        Assert.True(NativeHeap.IsAvailable, "the test machines run glibc");
        const int block = 64 << 10, blocks = 3200; // 200 MB in 64 KB blocks, under glibc's initial mmap threshold
        var kept = IntPtr.Zero;
        var thread = new Thread(() =>
        {
            var pointers = new IntPtr[blocks];
            for (var i = 0; i < blocks; i++)
            {
                pointers[i] = Marshal.AllocHGlobal(block);
                for (var offset = 0; offset < block; offset += 4096) Marshal.WriteByte(pointers[i], offset, 1);
            }
            for (var i = 0; i < blocks - 1; i++) Marshal.FreeHGlobal(pointers[i]);
            kept = pointers[^1];
        });
        thread.Start();
        thread.Join();
        try
        {
            Assert.True(NativeHeap.Free >= 150L << 20, $"free {NativeHeap.Free >> 20} MB");
            var released = new NativeHeapTrimmer(NullLogger<NativeHeapTrimmer>.Instance).Trim();
            Assert.True(released >= 100L << 20, $"released {released >> 20} MB");
        }
        finally { Marshal.FreeHGlobal(kept); }
    }

    [Fact]
    public async Task The_native_heap_is_on_the_metrics_page()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = app.Client();
        // SQLite's allocator counts for the whole process, and a test beside this one that disposes its database clears
        // every idle pooled connection; with none open the honest reading can be 0. Holding one open while scraping
        // makes a non-zero reading the thing under test.
        var metrics = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await db.Outlets.CountAsync();
                return await http.GetStringAsync("/metrics");
            }
            finally { await db.Database.CloseConnectionAsync(); }
        });
        Assert.Matches(@"(?m)^siberindo_native_heap_in_use_bytes(\{[^}]*\})? [1-9]", metrics);
        Assert.Matches(@"(?m)^siberindo_native_heap_free_bytes(\{[^}]*\})? \d", metrics);
        Assert.Matches(@"(?m)^siberindo_sqlite_memory_bytes(\{[^}]*\})? [1-9]", metrics);
    }
}
