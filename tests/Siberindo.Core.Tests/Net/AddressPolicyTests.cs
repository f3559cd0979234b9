using System.Net;
using Siberindo.Core.Net;

namespace Siberindo.Core.Tests.Net;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("103.10.20.30")] // an Indonesian hosting range
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.0.1.255")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2400:cb00::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:0808:0808::1")]
    [InlineData("2001:0:0808:0808::f7f7:f7f7")] // Teredo: server 8.8.8.8, client ~f7f7f7f7 = 8.8.8.8
    public void Public_addresses_are_routable(string text)
    {
        var address = IPAddress.Parse(text);

        Assert.True(AddressPolicy.IsPubliclyRoutable(address), AddressPolicy.Describe(address));
        Assert.Equal("public", AddressPolicy.Describe(address));
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private (RFC 1918)")]
    [InlineData("10.255.255.255", "private (RFC 1918)")]
    [InlineData("172.16.0.1", "private (RFC 1918)")]
    [InlineData("172.31.255.255", "private (RFC 1918)")]
    [InlineData("192.168.1.1", "private (RFC 1918)")]
    [InlineData("169.254.169.254", "link-local (cloud metadata)")]
    [InlineData("169.254.0.1", "link-local (cloud metadata)")]
    [InlineData("fe80::1", "link-local (fe80::/10)")]
    [InlineData("febf::1", "link-local (fe80::/10)")]
    [InlineData("100.64.0.1", "carrier-grade NAT (RFC 6598)")]
    [InlineData("100.127.255.255", "carrier-grade NAT (RFC 6598)")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified (0.0.0.0/8)")]
    [InlineData("0.1.2.3", "unspecified (0.0.0.0/8)")]
    [InlineData("::", "unspecified (::)")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("240.0.0.1", "reserved (240.0.0.0/4)")]
    [InlineData("fc00::1", "unique-local (fc00::/7)")]
    [InlineData("fd12:3456:789a::1", "unique-local (fc00::/7)")]
    [InlineData("192.0.2.10", "documentation (TEST-NET-1)")]
    [InlineData("198.51.100.7", "documentation (TEST-NET-2)")]
    [InlineData("203.0.113.99", "documentation (TEST-NET-3)")]
    [InlineData("2001:db8::1", "documentation (2001:db8::/32)")]
    [InlineData("3fff::1", "documentation (3fff::/20)")]
    [InlineData("198.18.0.1", "benchmarking (RFC 2544)")]
    [InlineData("198.19.255.255", "benchmarking (RFC 2544)")]
    [InlineData("2001:2::1", "benchmarking (2001:2::/48)")]
    [InlineData("192.0.0.8", "IETF protocol assignments")]
    [InlineData("192.88.99.1", "6to4 relay anycast")]
    [InlineData("fec0::1", "site-local (deprecated fec0::/10)")]
    [InlineData("100::1", "discard-only (100::/64)")]
    [InlineData("64:ff9b:1::a00:1", "NAT64 local-use")]
    [InlineData("4000::1", "reserved IPv6 (outside global unicast 2000::/3)")]
    public void Special_addresses_are_refused_with_their_reason(string text, string reason)
    {
        var address = IPAddress.Parse(text);

        Assert.False(AddressPolicy.IsPubliclyRoutable(address));
        Assert.Equal(reason, AddressPolicy.Describe(address));
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", "loopback via IPv4-mapped IPv6")]
    [InlineData("::ffff:7f00:1", "loopback via IPv4-mapped IPv6")]
    [InlineData("::ffff:10.1.2.3", "private (RFC 1918) via IPv4-mapped IPv6")]
    [InlineData("::ffff:169.254.169.254", "link-local (cloud metadata) via IPv4-mapped IPv6")]
    [InlineData("::ffff:192.168.0.1", "private (RFC 1918) via IPv4-mapped IPv6")]
    [InlineData("::ffff:0.0.0.0", "unspecified (0.0.0.0/8) via IPv4-mapped IPv6")]
    [InlineData("::127.0.0.1", "loopback via IPv4-compatible IPv6")]
    [InlineData("::10.0.0.1", "private (RFC 1918) via IPv4-compatible IPv6")]
    [InlineData("64:ff9b::7f00:1", "loopback via NAT64")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local (cloud metadata) via NAT64")]
    [InlineData("2002:7f00:1::1", "loopback via 6to4")]
    [InlineData("2002:c0a8:0101::1", "private (RFC 1918) via 6to4")]
    [InlineData("2001:0:0808:0808::80ff:fefe", "loopback via Teredo client")] // ~80fffefe = 127.0.1.1
    [InlineData("2001:0:0a00:0001::1", "private (RFC 1918) via Teredo server")]
    public void Ipv6_forms_carrying_a_special_ipv4_are_refused(string text, string reason)
    {
        var address = IPAddress.Parse(text);

        Assert.False(AddressPolicy.IsPubliclyRoutable(address));
        Assert.Equal(reason, AddressPolicy.Describe(address));
    }

    [Fact]
    public void The_mapped_form_of_every_special_ipv4_is_refused()
    {
        foreach (var text in new[] { "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "0.0.0.0", "192.0.2.1" })
        {
            var v4 = IPAddress.Parse(text);
            Assert.False(AddressPolicy.IsPubliclyRoutable(v4.MapToIPv6()), text);
            Assert.StartsWith(AddressPolicy.Describe(v4), AddressPolicy.Describe(v4.MapToIPv6()));
        }
    }

    [Fact]
    public void Scope_ids_do_not_change_the_verdict()
    {
        Assert.False(AddressPolicy.IsPubliclyRoutable(IPAddress.Parse("fe80::1%2")));
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => AddressPolicy.IsPubliclyRoutable(null!));
    }
}
