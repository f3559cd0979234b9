using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Siberindo.Tests.Infrastructure;

/// <summary>A small web site on a loopback port whose routes a test defines: a member's server, a hub, a broken CMS.</summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    public string BaseUrl { get; }
    /// <summary>Every request received, as "METHOD /path?query" with its User-Agent and conditional headers.</summary>
    public ConcurrentQueue<(string Request, string? UserAgent, string? IfNoneMatch)> Requests { get; } = new();

    private LoopbackSite(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<LoopbackSite> StartAsync(Action<IEndpointRouteBuilder, Func<string>> routes, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        LoopbackSite? site = null;
        app.Use(async (http, next) =>
        {
            site!.Requests.Enqueue(($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}",
                http.Request.Headers.UserAgent.ToString(), http.Request.Headers.IfNoneMatch.FirstOrDefault()));
            await next(http);
        });
        routes(app, () => site!.BaseUrl);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        site = new LoopbackSite(app, address);
        return site;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
