using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Siberindo.Hosting;

/// <summary>
/// What web nodes must share once there is more than one: the output cache (so tag eviction on ingest reaches every
/// node), the Data Protection keys (so a sign-in cookie or antiforgery token from one node is valid on the next) and
/// rate-limit counters. With <c>ConnectionStrings:Redis</c> set they live in Redis; without it, in the process.
/// </summary>
public static class SharedState
{
    public static IHostApplicationBuilder AddSharedState(this IHostApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("siberindo");
        if (builder.Configuration.GetConnectionString("Redis") is not { Length: > 0 } redisConfiguration) return builder;

        // Several installations (or test runs) may share one Redis: every key starts with this prefix.
        var prefix = builder.Configuration["Redis:Prefix"] is { Length: > 0 } p ? p : "siberindo:";
        builder.Services.AddSingleton(new RedisPrefix(prefix));
        var options = ConfigurationOptions.Parse(redisConfiguration);
        // Start even while Redis is briefly away; StackExchange.Redis reconnects by itself.
        options.AbortOnConnectFail = false;
        var redis = ConnectionMultiplexer.Connect(options);
        builder.Services.AddSingleton<IConnectionMultiplexer>(redis);
        builder.Services.AddStackExchangeRedisOutputCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
            o.InstanceName = prefix;
        });
        dataProtection.PersistKeysToStackExchangeRedis(redis, prefix + "data-protection-keys");
        return builder;
    }
}

/// <summary>The prefix of every Redis key this installation uses.</summary>
public sealed record RedisPrefix(string Value);
