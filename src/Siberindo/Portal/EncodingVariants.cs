using Microsoft.AspNetCore.OutputCaching;

namespace Siberindo.Portal;

/// <summary>
/// A base output-cache policy: every cached response is kept once per negotiated coding (br, gzip, identity), so the
/// cache holds the bytes already compressed (<see cref="PortalCompression"/>). The key takes the coding rather than
/// the raw Accept-Encoding header, which clients spell in dozens of ways. Evicting a tag evicts all three variants;
/// with Redis the variants are keys like any other and every node serves the bytes one node compressed.
/// </summary>
public sealed class EncodingVariants : IOutputCachePolicy
{
    public const string Key = "coding";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.VaryByValues[Key] = ContentCodings.Negotiate(context.HttpContext.Request);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
