using System.Net;
using System.Net.Sockets;
using Siberindo.Core.Net;

namespace Siberindo.Crawling;

/// <summary>
/// The SSRF guard: decides after DNS resolution, on the address actually being connected to, so a hostname that
/// resolves to 169.254.169.254 or 10.0.0.1 (or rebinds to it) is refused just like the literal address.
/// </summary>
/// <param name="allowLoopback">Lets loopback through (the demo network and tests).</param>
/// <param name="allowPrivate">Lets every unicast address through (an operator's <c>feed fetch --allow-private</c>).</param>
public sealed class AddressGuard(bool allowLoopback, bool allowPrivate = false)
{
    public string? RefusalReason(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (allowLoopback && IPAddress.IsLoopback(address)) return null;
        if (AddressPolicy.IsPubliclyRoutable(address)) return null;
        var reason = AddressPolicy.Describe(address);
        if (allowPrivate && !reason.StartsWith("multicast", StringComparison.Ordinal) && !reason.StartsWith("unspecified", StringComparison.Ordinal)
            && !reason.StartsWith("broadcast", StringComparison.Ordinal)) return null;
        return reason;
    }

    /// <summary>A ConnectCallback for SocketsHttpHandler that resolves, filters and connects.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0) throw new HttpRequestException($"The host {host} has no address.");

        string? refusal = null;
        foreach (var address in addresses)
        {
            if (RefusalReason(address) is { } reason) { refusal = $"{address} is {reason}"; continue; }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                if (address == addresses[^1]) throw;
            }
        }
        throw new BlockedAddressException($"Refused to connect to {host}: {refusal}. Feeds must be on the public internet.");
    }
}

public sealed class BlockedAddressException(string message) : HttpRequestException(message);
