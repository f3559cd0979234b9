using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Siberindo.Hosting;

/// <summary>
/// Which proxies may tell us the client's address. Loopback is trusted by default (nginx on the same machine);
/// proxies elsewhere are listed in <c>ReverseProxy:KnownNetworks</c> ("10.0.0.0/24,10.0.1.5/32").
/// A client cannot forge its address: only the entry added by a trusted proxy is read.
/// </summary>
public static class ReverseProxy
{
    public static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var network in (configuration["ReverseProxy:KnownNetworks"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return options;
    }
}
