using System.Collections.Frozen;
using System.Reflection;

namespace Siberindo.Core.Text;

/// <summary>
/// The Indonesian root words (kata dasar) a stemmer may return, with how many affix classes each root takes.
/// Loaded once from the embedded lists derived from Debian's hunspell-id (see Text/Data/README.md).
/// </summary>
public sealed class IndonesianRootDictionary
{
    private const string RootsResource = "Siberindo.Core.Text.Data.id-roots.txt";
    private const string AffixCountsResource = "Siberindo.Core.Text.Data.id-root-affix-counts.txt";

    private static readonly Lazy<IndonesianRootDictionary> LazyDefault = new(LoadEmbedded);

    // One frozen map serves both questions (is it a root? how productive is it?), so the roots are stored once.
    private readonly FrozenDictionary<string, byte> _affixCountByRoot;
    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    /// <summary>The dictionary built from the embedded hunspell-id root list.</summary>
    public static IndonesianRootDictionary Default => LazyDefault.Value;

    /// <summary>Builds a dictionary from lowercase roots; <paramref name="affixCounts"/> may omit roots (count 0).</summary>
    public IndonesianRootDictionary(IEnumerable<string> roots, IReadOnlyDictionary<string, int>? affixCounts = null)
    {
        var map = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (root.Length == 0)
            {
                continue;
            }

            var count = affixCounts is not null && affixCounts.TryGetValue(root, out var c) ? c : 0;
            map[root] = (byte)Math.Clamp(count, 0, byte.MaxValue);
        }

        _affixCountByRoot = map.ToFrozenDictionary(StringComparer.Ordinal);
        _spanLookup = _affixCountByRoot.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of roots.</summary>
    public int Count => _affixCountByRoot.Count;

    /// <summary>True when <paramref name="word"/> (lowercase) is a root.</summary>
    public bool Contains(string word) => _affixCountByRoot.ContainsKey(word);

    /// <summary>True when <paramref name="word"/> (lowercase) is a root.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _spanLookup.ContainsKey(word);

    /// <summary>
    /// How many affix classes the source dictionary lists for the root (0 when unknown). A root that takes many
    /// affixes is a far likelier reading than a bare, unproductive homograph (padam vs madam for "pemadaman").
    /// </summary>
    public int AffixCount(string root) => _affixCountByRoot.TryGetValue(root, out var count) ? count : 0;

    private static IndonesianRootDictionary LoadEmbedded()
    {
        var assembly = typeof(IndonesianRootDictionary).Assembly;
        var roots = ReadLines(assembly, RootsResource);
        var affixCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in ReadLines(assembly, AffixCountsResource))
        {
            var space = line.IndexOf(' ');
            if (space > 0 && int.TryParse(line.AsSpan(space + 1), out var count))
            {
                affixCounts[line[..space]] = count;
            }
        }

        return new IndonesianRootDictionary(roots, affixCounts);
    }

    private static List<string> ReadLines(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>(32_000);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
