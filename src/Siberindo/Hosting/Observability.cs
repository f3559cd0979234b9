using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using Siberindo.Storage;

namespace Siberindo.Hosting;

/// <summary>Metrics for Prometheus (<c>/metrics</c>) and a health check that asks the database (<c>/healthz</c>).</summary>
public static class Observability
{
    public const string MeterName = "Siberindo";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(MeterName)
            .AddPrometheusExporter());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        NativeHeap.RegisterMetrics();
        builder.Services.AddHostedService<NativeHeapTrimmer>();
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthChecks("/healthz");
        return app;
    }

    private sealed class DatabaseHealthCheck(SiberindoDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
    }
}
