using System.Net.Http.Headers;

namespace Siberindo.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Fetches <paramref name="path"/> until it contains <paramref name="text"/>; returns the seconds it took.</summary>
    public static async Task<double> PageContainsAsync(HttpClient http, string path, string text, TimeSpan within)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            if ((await http.GetStringAsync(path)).Contains(text, StringComparison.Ordinal)) return (DateTime.UtcNow - started).TotalSeconds;
            if (DateTime.UtcNow - started > within) Assert.Fail($"'{text}' did not appear on {path} within {within.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Requests <paramref name="path"/> until a response is served from the output cache: the cache stores a page just
    /// after sending it, and every rendering gets a new ETag, so two in a row with the same ETag are the cached entry.
    /// Returns that ETag.
    /// </summary>
    public static async Task<EntityTagHeaderValue> CachedEtagAsync(HttpClient http, string path, EntityTagHeaderValue first)
    {
        var etag = first;
        await TrueAsync(async () =>
        {
            var again = (await http.GetAsync(path)).Headers.ETag!;
            var fromCache = again.Tag == etag.Tag;
            etag = again;
            return fromCache;
        }, TimeSpan.FromSeconds(5), $"{path} served from the cache");
        return etag;
    }

    /// <summary>Checks <paramref name="condition"/> until it holds; fails after <paramref name="within"/>.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within, string? what = null)
    {
        var started = DateTime.UtcNow;
        while (!await condition())
        {
            if (DateTime.UtcNow - started > within) Assert.Fail($"{what ?? "the condition"} did not hold within {within.TotalSeconds} s");
            await Task.Delay(200);
        }
    }
}
