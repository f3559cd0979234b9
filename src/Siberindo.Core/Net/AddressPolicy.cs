using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Siberindo.Core.Net;

/// <summary>
/// Decides whether the crawler may connect to an address (the SSRF guard): members submit feed URLs, and a URL that
/// resolves to the loopback, a private network or the cloud metadata service must never be fetched.
/// Anything not known to be global unicast is refused, and IPv6 forms that carry an IPv4 address
/// (mapped, compatible, 6to4, Teredo, NAT64) are judged by the IPv4 address inside.
/// </summary>
public static class AddressPolicy
{
    private const string Public = "public";

    /// <summary>True when <paramref name="address"/> is a globally routable unicast address.</summary>
    public static bool IsPubliclyRoutable(IPAddress address) => Classify(address) is null;

    /// <summary>Why the address is refused ("loopback", "private (RFC 1918)", ...), or "public".</summary>
    public static string Describe(IPAddress address) => Classify(address) ?? Public;

    private readonly record struct Range4(uint Network, int PrefixLength, string Reason)
    {
        public bool Contains(uint address) =>
            PrefixLength == 0 || (address >> (32 - PrefixLength)) == (Network >> (32 - PrefixLength));
    }

    // Order matters only where ranges nest: broadcast is listed before the reserved 240/4 that contains it.
    private static readonly Range4[] SpecialIPv4 =
    [
        new(V4(0, 0, 0, 0), 8, "unspecified (0.0.0.0/8)"),
        new(V4(10, 0, 0, 0), 8, "private (RFC 1918)"),
        new(V4(100, 64, 0, 0), 10, "carrier-grade NAT (RFC 6598)"),
        new(V4(127, 0, 0, 0), 8, "loopback"),
        new(V4(169, 254, 0, 0), 16, "link-local (cloud metadata)"),
        new(V4(172, 16, 0, 0), 12, "private (RFC 1918)"),
        new(V4(192, 0, 0, 0), 24, "IETF protocol assignments"),
        new(V4(192, 0, 2, 0), 24, "documentation (TEST-NET-1)"),
        new(V4(192, 31, 196, 0), 24, "AS112 service"),
        new(V4(192, 52, 193, 0), 24, "AMT relay"),
        new(V4(192, 88, 99, 0), 24, "6to4 relay anycast"),
        new(V4(192, 168, 0, 0), 16, "private (RFC 1918)"),
        new(V4(192, 175, 48, 0), 24, "AS112 service"),
        new(V4(198, 18, 0, 0), 15, "benchmarking (RFC 2544)"),
        new(V4(198, 51, 100, 0), 24, "documentation (TEST-NET-2)"),
        new(V4(203, 0, 113, 0), 24, "documentation (TEST-NET-3)"),
        new(V4(224, 0, 0, 0), 4, "multicast"),
        new(V4(255, 255, 255, 255), 32, "broadcast"),
        new(V4(240, 0, 0, 0), 4, "reserved (240.0.0.0/4)"),
    ];

    private static uint V4(byte a, byte b, byte c, byte d) => (uint)(a << 24 | b << 16 | c << 8 | d);

    private static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> v4 = stackalloc byte[4];
            address.TryWriteBytes(v4, out _);
            return ClassifyIPv4(BinaryPrimitives.ReadUInt32BigEndian(v4));
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> v6 = stackalloc byte[16];
            address.TryWriteBytes(v6, out _);
            return ClassifyIPv6(v6);
        }
        return "not an IP address";
    }

    private static string? ClassifyIPv4(uint address)
    {
        foreach (var range in SpecialIPv4)
        {
            if (range.Contains(address))
            {
                return range.Reason;
            }
        }
        return null;
    }

    private static string? ClassifyIPv6(ReadOnlySpan<byte> a)
    {
        ulong high = BinaryPrimitives.ReadUInt64BigEndian(a);
        ulong low = BinaryPrimitives.ReadUInt64BigEndian(a[8..]);
        uint lastIPv4 = BinaryPrimitives.ReadUInt32BigEndian(a[12..]);

        if (high == 0)
        {
            if (low == 0)
            {
                return "unspecified (::)";
            }
            if (low == 1)
            {
                return "loopback";
            }
            if ((low >> 32) == 0xFFFF)
            {
                return Embedded(lastIPv4, "IPv4-mapped IPv6");
            }
            if ((low >> 32) == 0)
            {
                return Embedded(lastIPv4, "IPv4-compatible IPv6");
            }
            if ((low >> 16) == 0xFFFF_0000_0000)
            {
                return "IPv4-translated IPv6 (SIIT)";
            }
            return "reserved IPv6 (::/8)";
        }

        ushort first = BinaryPrimitives.ReadUInt16BigEndian(a);
        ushort second = BinaryPrimitives.ReadUInt16BigEndian(a[2..]);
        if (first == 0x0064 && second == 0xFF9B)
        {
            // 64:ff9b::/96 is the well-known NAT64 prefix; 64:ff9b:1::/48 is for local use only.
            if (high == 0x0064_FF9B_0000_0000 && (low >> 32) == 0)
            {
                return Embedded(lastIPv4, "NAT64");
            }
            return BinaryPrimitives.ReadUInt16BigEndian(a[4..]) == 0x0001 ? "NAT64 local-use" : "reserved IPv6 (NAT64 range)";
        }
        if (first == 0x0100 && second == 0 && BinaryPrimitives.ReadUInt32BigEndian(a[4..]) == 0)
        {
            return "discard-only (100::/64)";
        }
        if (first == 0x2001)
        {
            if (second == 0x0000)
            {
                // Teredo: the server's IPv4 follows the prefix; the client's is the last 32 bits, inverted.
                uint server = BinaryPrimitives.ReadUInt32BigEndian(a[4..]);
                return Embedded(server, "Teredo server") ?? Embedded(~lastIPv4, "Teredo client");
            }
            if (second == 0x0DB8)
            {
                return "documentation (2001:db8::/32)";
            }
            if (second == 0x0002 && BinaryPrimitives.ReadUInt16BigEndian(a[4..]) == 0)
            {
                return "benchmarking (2001:2::/48)";
            }
            if (second is >= 0x0010 and <= 0x002F)
            {
                return "ORCHID (non-routable)";
            }
            if (second < 0x0200)
            {
                return "IETF protocol assignments (2001::/23)";
            }
        }
        if (first == 0x2002)
        {
            uint embedded = (uint)second << 16 | BinaryPrimitives.ReadUInt16BigEndian(a[4..]);
            return Embedded(embedded, "6to4");
        }
        if ((first & 0xFFF0) == 0x3FF0)
        {
            return "documentation (3fff::/20)";
        }
        if ((first & 0xFE00) == 0xFC00)
        {
            return "unique-local (fc00::/7)";
        }
        if ((first & 0xFFC0) == 0xFE80)
        {
            return "link-local (fe80::/10)";
        }
        if ((first & 0xFFC0) == 0xFEC0)
        {
            return "site-local (deprecated fec0::/10)";
        }
        if ((first & 0xFF00) == 0xFF00)
        {
            return "multicast";
        }
        if ((first & 0xE000) != 0x2000)
        {
            return "reserved IPv6 (outside global unicast 2000::/3)";
        }
        return null;
    }

    private static string? Embedded(uint ipv4, string form)
    {
        string? inner = ClassifyIPv4(ipv4);
        return inner is null ? null : $"{inner} via {form}";
    }
}
