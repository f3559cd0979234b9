using System.Security.Cryptography;
using System.Text;

namespace Siberindo.Core.Text;

/// <summary>
/// Text made to fit a database column of a given length. Every writer clips with these, against the same length
/// constants that the EF configurations declare, so that what is compared before a write is what the column holds.
/// </summary>
public static class StoredText
{
    /// <summary>Characters of the hash that ends an identifier too long for its column (SHA-256, lowercase hex).</summary>
    private const int HashLength = 64;

    /// <summary>The value cut to <paramref name="max"/> characters, never between the halves of a surrogate pair.</summary>
    public static string Clip(string value, int max)
    {
        if (value.Length <= max) return value;
        var end = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..end];
    }

    /// <inheritdoc cref="Clip(string, int)"/>
    public static string? ClipOrNull(string? value, int max) => value is null ? null : Clip(value, max);

    /// <summary>What a person typed into a form field, for its column: trimmed, then clipped; null when blank.</summary>
    public static string? ClipTyped(string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : Clip(value.Trim(), max);

    /// <summary>
    /// An identifier (a feed's guid) that fits <paramref name="max"/> characters and stays unique: a longer one keeps
    /// its start, readable in the database, and ends with the hash of the whole value, so two identifiers that share
    /// their first <paramref name="max"/> characters are still two. Short identifiers are stored as they are, so
    /// existing rows keep matching.
    /// </summary>
    public static string Identifier(string value, int max)
    {
        if (value.Length <= max) return value;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        return Clip(value, max - HashLength - 1) + "#" + hash;
    }
}
