using System.Net;
using System.Net.Sockets;
using Siberindo.Core.Net;

namespace Siberindo.Crawling;

/// <summary>
/// The SSRF guard: decides after DNS resolution, on the address actually being connected to, so a hostname that
/// resolves to 169.254.169.254 or 10.0.0.1 (or rebinds to it) is refused just like the literal address.
/// </summary>
public sealed class AddressGuard(bool allowLoopback)
{
    public string? RefusalReason(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (allowLoopback && IPAddress.IsLoopback(address)) return null;
        return AddressPolicy.IsPubliclyRoutable(address) ? null : AddressPolicy.Describe(address);
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
