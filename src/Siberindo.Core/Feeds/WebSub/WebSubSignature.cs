using System.Security.Cryptography;

namespace Siberindo.Core.Feeds.WebSub;

/// <summary>
/// Checks the X-Hub-Signature header of a WebSub content distribution ("sha1=hex", "sha256=hex", "sha384=hex",
/// "sha512=hex"): an HMAC of the raw body with the subscription's secret. Compared in constant time.
/// </summary>
public static class WebSubSignature
{
    public static bool IsValid(string? header, byte[] secret, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }
        int equals = header.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }
        string method = header[..equals].Trim().ToLowerInvariant();
        byte[] expected;
        try
        {
            expected = Convert.FromHexString(header[(equals + 1)..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        byte[]? actual = method switch
        {
            "sha1" => HMACSHA1.HashData(secret, body),
            "sha256" => HMACSHA256.HashData(secret, body),
            "sha384" => HMACSHA384.HashData(secret, body),
            "sha512" => HMACSHA512.HashData(secret, body),
            _ => null,
        };
        return actual is not null && CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The header value a hub sends for <paramref name="body"/> (used by tests and by hubs).</summary>
    public static string Sign(string method, byte[] secret, ReadOnlySpan<byte> body) => method switch
    {
        "sha1" => "sha1=" + Convert.ToHexStringLower(HMACSHA1.HashData(secret, body)),
        "sha256" => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, body)),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "sha1 or sha256"),
    };
}
