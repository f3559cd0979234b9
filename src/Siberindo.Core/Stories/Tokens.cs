using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Siberindo.Core.Stories;

/// <summary>One word of an article, hashed; the text itself is never kept.</summary>
public readonly record struct Token(ulong Hash, bool IsNumber, bool IsStopword, bool Capitalised, int Length, bool StartsSentence = false);

/// <summary>
/// Splits text into lower-cased word and number tokens and hashes them without allocating. Numbers keep their inner
/// separators ("1.800", "18/10/2025", "5,3") because a figure is one fact; letters and digits are split ("Rp450" is
/// "rp" + "450") so that "Rp450" and "Rp 450" agree. Common chat abbreviations are expanded ("yg" = "yang") because
/// outlets swap them when they retype a release.
/// </summary>
public static class Tokens
{
    const int MaxTokenLength = 64;

    static readonly Dictionary<ulong, ulong> Abbreviations = new()
    {
        [Hash("yg")] = Hash("yang"), [Hash("dgn")] = Hash("dengan"), [Hash("dg")] = Hash("dengan"),
        [Hash("tdk")] = Hash("tidak"), [Hash("utk")] = Hash("untuk"), [Hash("dlm")] = Hash("dalam"),
        [Hash("krn")] = Hash("karena"), [Hash("sdh")] = Hash("sudah"), [Hash("blm")] = Hash("belum"),
        [Hash("jg")] = Hash("juga"), [Hash("tsb")] = Hash("tersebut"), [Hash("pd")] = Hash("pada"),
        [Hash("kpd")] = Hash("kepada"), [Hash("spt")] = Hash("seperti"), [Hash("bhw")] = Hash("bahwa"),
        [Hash("thn")] = Hash("tahun"), [Hash("org")] = Hash("orang"), [Hash("sbg")] = Hash("sebagai"),
    };

    static readonly HashSet<ulong> Stopwords = StopwordList.Words.Select(w => Hash(w)).ToHashSet();

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        Span<char> buffer = stackalloc char[MaxTokenLength];
        int i = 0;
        bool sentenceStart = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '.' or '!' or '?') sentenceStart = true;
            if (char.IsDigit(c))
            {
                int start = i, length = 0;
                while (i < text.Length)
                {
                    if (char.IsDigit(text[i])) { if (length < MaxTokenLength) buffer[length++] = text[i]; i++; }
                    else if (text[i] is '.' or ',' or '/' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start)
                    { if (length < MaxTokenLength) buffer[length++] = text[i]; i++; }
                    else break;
                }
                output.Add(new Token(HashChars(buffer[..length]), IsNumber: true, IsStopword: false, Capitalised: false, length, sentenceStart));
                sentenceStart = false;
            }
            else if (char.IsLetter(c))
            {
                bool capitalised = char.IsUpper(c);
                int length = 0;
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
                {
                    if (char.IsLetter(text[i]) && length < MaxTokenLength) buffer[length++] = char.ToLowerInvariant(text[i]);
                    i++;
                }
                var hash = HashChars(buffer[..length]);
                if (Abbreviations.TryGetValue(hash, out var expanded)) hash = expanded;
                output.Add(new Token(hash, IsNumber: false, Stopwords.Contains(hash), capitalised, length, sentenceStart));
                sentenceStart = false;
            }
            else i++;
        }
    }

    /// <summary>Hash of a whole text's token sequence: equal for texts that differ only in case, spacing and punctuation.</summary>
    public static ulong TextHash(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        ulong h = 0x9E3779B97F4A7C15;
        foreach (var t in tokens) h = Mix(h ^ t.Hash);
        return h;
    }

    internal static ulong Hash(string word) => HashChars(word.AsSpan());

    static ulong HashChars(ReadOnlySpan<char> chars) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(chars));

    /// <summary>A 64-bit finaliser (SplitMix64) used to combine token hashes into shingle hashes.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xBF58476D1CE4E5B9;
        x ^= x >> 27; x *= 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
