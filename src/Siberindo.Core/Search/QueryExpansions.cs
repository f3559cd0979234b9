using Siberindo.Core.Text;

namespace Siberindo.Core.Search;

/// <summary>
/// How Indonesian news names the same place, institution or thing in other words: region short forms (Sulteng,
/// Lamsel, HST), institution abbreviations (Pemkab, Polres, BPBD), spelling variants (cabai, cabe) and synonyms
/// (gempa, lindu), read from the lists in <c>Search/Data</c> (sources in its README.md and NOTICE.md). A query term,
/// or a run of query terms that is one of the listed forms, gains the other forms of its set as alternatives
/// (<see cref="QueryConcept"/>).
/// This happens at query time only, so the index and its format stay as they are, and both databases see the same
/// alternatives.
/// </summary>
public sealed class QueryExpansions
{
    /// <summary>Alternatives one concept may gain: a form shared by several sets (Mura) must not flood the query.</summary>
    public const int MaxExpansions = 6;

    /// <summary>The region list's file name (Search/Data), for checks against the region catalog.</summary>
    public const string RegionList = "region-abbreviations.txt";

    private static readonly ExpansionList[] Lists =
    [
        new(RegionList, QueryScoring.AbbreviationWeight, OrdinaryWords: false),
        new("institution-abbreviations.txt", QueryScoring.AbbreviationWeight, OrdinaryWords: false),
        new("spelling-variants.txt", QueryScoring.AbbreviationWeight, OrdinaryWords: true),
        new("synonyms.txt", QueryScoring.SynonymWeight, OrdinaryWords: true),
    ];

    private static readonly Lazy<QueryExpansions> LazyDefault = new(LoadEmbedded);

    /// <summary>The embedded lists through the default analyzer.</summary>
    public static QueryExpansions Default => LazyDefault.Value;

    /// <summary>No expansions: queries as typed.</summary>
    public static QueryExpansions None { get; } = new([], IndonesianAnalyzer.Default, IndonesianRootDictionary.Default);

    // Key: a form's terms joined by spaces. Value: the other forms of every set it belongs to.
    private readonly Dictionary<string, List<QueryExpansion>> _alternatives = new(StringComparer.Ordinal);
    private readonly int _longestForm;

    /// <summary>
    /// Sets of equivalent forms with the weight of their list; unless the list is of ordinary words (synonyms), a form
    /// that is an ordinary word is never added. A form in several lists keeps its highest weight.
    /// </summary>
    public QueryExpansions(IEnumerable<(IReadOnlyList<string> Forms, ExpansionList List)> sets, IndonesianAnalyzer analyzer, IndonesianRootDictionary roots)
    {
        foreach (var (forms, kind) in sets)
        {
            var analysed = forms.Select(f => Variants(f, analyzer)).ToList();
            for (var i = 0; i < analysed.Count; i++)
            {
                foreach (var key in analysed[i])
                {
                    var keyText = string.Join(' ', key);
                    _longestForm = Math.Max(_longestForm, key.Count);
                    if (!_alternatives.TryGetValue(keyText, out var list)) _alternatives[keyText] = list = [];
                    for (var j = 0; j < analysed.Count; j++)
                    {
                        if (j == i) continue;
                        // "Kotawaringin Barat" must not become "kobar" (berkobar: to blaze), nor "Bengkulu Tengah" "benteng".
                        foreach (var other in analysed[j].Where(o => kind.OrdinaryWords || o.Count > 1 || !roots.Contains(o[0])))
                        {
                            if (other.ToHashSet(StringComparer.Ordinal).IsSupersetOf(key)) continue;
                            var known = list.FindIndex(l => l.Terms.SequenceEqual(other));
                            if (known < 0) list.Add(new QueryExpansion(other, kind.Weight));
                            else if (list[known].Weight < kind.Weight) list[known] = list[known] with { Weight = kind.Weight };
                        }
                    }
                }
            }
        }
    }

    // As the set writes it (acronyms in capitals stay whole) and in lowercase, as readers type it.
    private static List<IReadOnlyList<string>> Variants(string form, IndonesianAnalyzer analyzer)
    {
        var variants = new List<IReadOnlyList<string>>();
        foreach (var text in (string[])[form, form.ToLowerInvariant()])
        {
            var terms = analyzer.AnalyzeQuery(text).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count > 0 && !variants.Any(v => v.SequenceEqual(terms))) variants.Add(terms);
        }
        return variants;
    }

    /// <summary>
    /// The query's terms as concepts: the longest run of terms that is a listed form becomes one concept with the
    /// set's other forms; every other term is a concept of its own. Repeated terms count once; at most
    /// <paramref name="maxTerms"/> typed terms are kept.
    /// </summary>
    public List<QueryConcept> Concepts(IReadOnlyList<string> terms, int maxTerms)
    {
        var concepts = new List<QueryConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count && seen.Count < maxTerms;)
        {
            var (length, expansions) = LongestForm(terms, i);
            var room = maxTerms - seen.Count;
            var typed = terms.Skip(i).Take(length).Where(seen.Add).Take(room).ToList();
            if (typed.Count > 0) concepts.Add(new QueryConcept(typed, expansions.Take(MaxExpansions).ToList(), typed));
            i += length;
        }
        return concepts;
    }

    private (int Length, IReadOnlyList<QueryExpansion> Expansions) LongestForm(IReadOnlyList<string> terms, int start)
    {
        for (var length = Math.Min(_longestForm, terms.Count - start); length > 0; length--)
        {
            if (_alternatives.TryGetValue(string.Join(' ', terms.Skip(start).Take(length)), out var alternatives) && alternatives.Count > 0)
                return (length, alternatives);
        }
        return (1, []);
    }

    private static QueryExpansions LoadEmbedded()
    {
        var sets = Lists.SelectMany(list => EmbeddedSets(list.File).Select(forms => (forms, list))).ToList();
        return new QueryExpansions(sets, IndonesianAnalyzer.Default, IndonesianRootDictionary.Default);
    }

    /// <summary>A list's sets: one per line, forms separated by "|", "#" to the end of the line a comment.</summary>
    public static IEnumerable<IReadOnlyList<string>> ParseSets(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#');
            var forms = (hash < 0 ? line : line[..hash]).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (forms.Length > 0) yield return forms; // a name alone (Jambi) says it has no short form
        }
    }

    /// <summary>The sets of one embedded list (a file name of Search/Data).</summary>
    public static List<IReadOnlyList<string>> EmbeddedSets(string file)
    {
        var resource = "Siberindo.Core.Search.Data." + file;
        using var stream = typeof(QueryExpansions).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing resource {resource}.");
        using var reader = new StreamReader(stream);
        return ParseSets(reader).ToList();
    }
}

/// <summary>One list of Search/Data: the weight its expansions earn, and whether its forms are ordinary words.</summary>
public sealed record ExpansionList(string File, double Weight, bool OrdinaryWords);
