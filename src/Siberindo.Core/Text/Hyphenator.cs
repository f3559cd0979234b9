using System.Text;

namespace Siberindo.Core.Text;

/// <summary>
/// Liang's hyphenation (the TeX algorithm) over a pattern file in the format of the hyphen library (LibreOffice,
/// Debian's hyphen-* packages): the first line names the encoding, then one pattern a line such as <c>a1ba3h2a2n1</c>
/// (odd digits allow a break, even ones forbid it). Used with Debian's hyphen-id (/usr/share/hyphen/hyph_id_ID.dic)
/// for the anthology's print PDF. Written by hand: it is forty lines, and no NuGet package reads these files.
/// </summary>
public sealed class Hyphenator
{
    private readonly Dictionary<string, byte[]> _patterns = new(StringComparer.Ordinal);
    private readonly int _maxLength;
    public int LeftMin { get; } = 2;
    public int RightMin { get; } = 2;

    public Hyphenator(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('%')) continue;
            if (line.StartsWith("LEFTHYPHENMIN", StringComparison.Ordinal) || line.StartsWith("RIGHTHYPHENMIN", StringComparison.Ordinal)
                || line.StartsWith("COMPOUND", StringComparison.Ordinal) || line.StartsWith("NOHYPHEN", StringComparison.Ordinal)
                || line.StartsWith("ISO", StringComparison.Ordinal) || line.StartsWith("UTF", StringComparison.Ordinal)) continue;
            var letters = new StringBuilder();
            var values = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c)) values[^1] = (byte)(c - '0');
                else { letters.Append(char.ToLowerInvariant(c)); values.Add(0); }
            }
            var key = letters.ToString();
            _patterns[key] = values.ToArray();
            _maxLength = Math.Max(_maxLength, key.Length);
        }
    }

    /// <summary>Reads a pattern file; ISO-8859-1 or UTF-8 as its first line says.</summary>
    public static Hyphenator Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var firstLine = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 16));
        var encoding = firstLine.StartsWith("UTF-8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : Encoding.Latin1;
        return new Hyphenator(encoding.GetString(bytes).Split('\n'));
    }

    /// <summary>The positions (counted in characters from the word's start) where the word may break.</summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < LeftMin + RightMin || !word.All(char.IsLetter)) return [];
        var w = "." + word.ToLowerInvariant() + ".";
        var points = new byte[w.Length + 1];
        for (var i = 0; i < w.Length; i++)
            for (var len = 1; len <= _maxLength && i + len <= w.Length; len++)
                if (_patterns.TryGetValue(w.Substring(i, len), out var values))
                    for (var k = 0; k < values.Length; k++) points[i + k] = Math.Max(points[i + k], values[k]);
        var result = new List<int>();
        // points[k + 1] sits before the word's k-th character (the leading dot shifts it by one).
        for (var k = LeftMin; k <= word.Length - RightMin; k++) if (points[k + 1] % 2 == 1) result.Add(k);
        return result;
    }

    /// <summary>The word with a hyphen at every allowed break, for reading and tests: "pe-me-rin-tah".</summary>
    public string Show(string word)
    {
        var points = Points(word);
        var text = new StringBuilder(word);
        for (var i = points.Count - 1; i >= 0; i--) text.Insert(points[i], '-');
        return text.ToString();
    }
}
