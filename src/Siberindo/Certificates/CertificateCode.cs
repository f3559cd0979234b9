using System.Security.Cryptography;

namespace Siberindo.Certificates;

/// <summary>
/// Certificate codes: 10 random symbols of Crockford's base32 (no I, L, O, U: nothing to misread when typed from
/// paper), 50 bits from the system's CSPRNG, written as two groups of five ("7K2QD-M9XTA"). At a million certificates
/// a guess hits one with a chance of 1 in 10⁹, and the public verification page is rate limited.
/// </summary>
public static class CertificateCode
{
    public const int Symbols = 10, Length = Symbols + 1;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        var k = 0;
        for (var i = 0; i < Symbols; i++)
        {
            if (i == 5) code[k++] = '-';
            code[k++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(code);
    }

    /// <summary>The stored form of a code as someone typed it (lower case, no dash, O for 0, I or L for 1), or null.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null) return null;
        var symbols = new List<char>(Symbols);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is '-' or ' ') continue;
            var s = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (!Alphabet.Contains(s) || symbols.Count == Symbols) return null;
            symbols.Add(s);
        }
        return symbols.Count == Symbols ? $"{new string(symbols[..5].ToArray())}-{new string(symbols[5..].ToArray())}" : null;
    }
}
