using System.Collections.Concurrent;

namespace Siberindo.Core.Text;

/// <summary>
/// Dictionary-backed Indonesian stemmer in the spirit of Nazief-Adriani and Enhanced Confix Stripping:
/// suffixes and prefixes are removed only when what remains is a known root, so words that merely look affixed
/// (berita, media, pemilu) stay whole. Thread-safe; results are cached because news vocabulary repeats.
/// </summary>
public sealed class IndonesianStemmer
{
    private const int MinRootLength = 3;

    // Up to three stacked prefixes occur (di + per + ke...), e.g. diperkenalkan = di + per + kenal + kan.
    private const int MaxPrefixLayers = 3;

    // Bounds memory when odd tokens stream in; news vocabulary stays far below this.
    private const int MaxCacheEntries = 250_000;

    private static readonly Lazy<IndonesianStemmer> LazyDefault = new(() => new IndonesianStemmer(IndonesianRootDictionary.Default));

    private readonly IndonesianRootDictionary _roots;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;
    private int _cacheCount;

    [ThreadStatic]
    private static List<PrefixCandidate>? t_candidates;

    /// <summary>A stemmer over the embedded hunspell-id root list.</summary>
    public static IndonesianStemmer Default => LazyDefault.Value;

    public IndonesianStemmer(IndonesianRootDictionary roots)
    {
        _roots = roots;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The root of <paramref name="word"/>, or the word itself (lowercased) when no reading leads to a known root.
    /// Words with characters other than letters a-z (digits, acronyms with dots) are returned lowercased, unstemmed.
    /// A hyphenated reduplication returns its shared root (anak-anak, berlari-lari); other compounds keep the hyphen
    /// with each part stemmed.
    /// </summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var lower = word.ToLowerInvariant();
        var stem = lower.Contains('-') ? StemCompound(lower) : StemLowercase(lower);
        Remember(word, stem);
        return stem;
    }

    /// <summary>Stems a lowercase word given as a span; allocates only the first time a word is seen.</summary>
    internal string StemLowercase(ReadOnlySpan<char> word)
    {
        if (_cacheBySpan.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var text = word.ToString();
        var stem = StemUncached(text);
        Remember(text, stem);
        return stem;
    }

    private string StemLowercase(string word)
    {
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = StemUncached(word);
        Remember(word, stem);
        return stem;
    }

    private void Remember(string word, string stem)
    {
        if (Interlocked.Increment(ref _cacheCount) > MaxCacheEntries)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cacheCount, 0);
        }

        _cache.TryAdd(word, stem);
    }

    private string StemCompound(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return word;
        }

        var stems = Array.ConvertAll(parts, StemLowercase);
        return stems.All(s => s == stems[0]) ? stems[0] : string.Join('-', stems);
    }

    private string StemUncached(string word)
    {
        if (word.Length <= MinRootLength || !IsPlainWord(word) || _roots.Contains(word))
        {
            return word;
        }

        return StemAffixed(word) ?? StemConservatively(word);
    }

    // A particle is tried last: roots often end like one (pemerintah, sekolah), and once "-tah" or "-lah" is cut
    // a short root can turn up by accident (pemerin -> perin, berseko -> seko).
    private string? StemAffixed(string word)
    {
        if (StemAffixed(word, word) is { } root)
        {
            return root;
        }

        var withoutParticle = IndonesianSuffixes.Strip(word, IndonesianSuffixes.Particles, out var particle);
        return particle is null ? null : StemAffixed(word, withoutParticle);
    }

    private string? StemAffixed(string word, string withoutParticle)
    {
        var withoutInflection = IndonesianSuffixes.Strip(withoutParticle, IndonesianSuffixes.Possessives, out _);
        var withoutSuffixes = IndonesianSuffixes.Strip(withoutInflection, IndonesianSuffixes.Derivational, out var derivational);

        if (IndonesianSuffixes.PrefixTakesPrecedence(word, withoutInflection)
            && StripPrefixes(withoutInflection, derivationalSuffix: null, thenSuffix: true) is { } precedenceRoot)
        {
            return precedenceRoot;
        }

        // Suffixes alone: bukunya -> buku, bantuan -> bantu.
        foreach (var form in (ReadOnlySpan<string>)[withoutParticle, withoutInflection, withoutSuffixes])
        {
            if (!ReferenceEquals(form, word) && IsRoot(form))
            {
                return form;
            }
        }

        // Prefixes on what the suffixes left, then the suffixes put back one at a time (ECS's restoration loop):
        // each put-back suffix may have been part of the root all along (pemerintah = pem + perintah, not -tah).
        if (derivational is not null && StripPrefixes(withoutSuffixes, derivational, thenSuffix: false) is { } root)
        {
            return root;
        }

        // "-kan" may really be "-an" after a k-final root: kerusakan = ke + rusak + an, kebanyakan = ke + banyak + an.
        if (derivational == "kan")
        {
            var kFinal = withoutInflection[..^2];
            if (IsRoot(kFinal))
            {
                return kFinal;
            }

            if (StripPrefixes(kFinal, "an", thenSuffix: false) is { } kRoot)
            {
                return kRoot;
            }
        }

        foreach (var form in (ReadOnlySpan<string>)[withoutInflection, withoutParticle, word])
        {
            if (StripPrefixes(form, derivationalSuffix: null, thenSuffix: false) is { } restoredRoot)
            {
                return restoredRoot;
            }
        }

        return null;
    }

    /// <summary>
    /// Removes up to three prefixes breadth first, so a one-prefix reading (kemenangan: ke + menang) wins over a
    /// deeper one (ke + me + nang). Within one recoding rule the more productive root wins (padam over madam).
    /// </summary>
    private string? StripPrefixes(string form, string? derivationalSuffix, bool thenSuffix)
    {
        var candidates = t_candidates ??= new List<PrefixCandidate>(8);
        List<(string Stem, PrefixKind Prefix)> layer = [(form, (PrefixKind)255)];
        for (var depth = 0; depth < MaxPrefixLayers && layer.Count > 0; depth++)
        {
            List<(string Stem, PrefixKind Prefix)> next = [];
            foreach (var (stem, previousPrefix) in layer)
            {
                candidates.Clear();
                IndonesianPrefixRules.AddCandidates(stem, candidates);
                for (var i = 0; i < candidates.Count; i++)
                {
                    var candidate = candidates[i];
                    if (candidate.Prefix == previousPrefix
                        || (depth == 0 && derivationalSuffix is not null
                            && IndonesianSuffixes.IsDisallowedConfix(candidate.Prefix, derivationalSuffix)))
                    {
                        continue;
                    }

                    if (RootOf(candidate.Remainder, thenSuffix) is { } root)
                    {
                        return PreferProductiveAlternative(candidates, i, root, thenSuffix);
                    }

                    next.Add((candidate.Remainder, candidate.Prefix));
                }
            }

            layer = next;
        }

        return null;
    }

    private string? RootOf(string remainder, bool thenSuffix)
    {
        if (IsRoot(remainder))
        {
            return remainder;
        }

        if (!thenSuffix)
        {
            return null;
        }

        var withoutSuffix = IndonesianSuffixes.Strip(remainder, IndonesianSuffixes.Derivational, out var removed);
        return removed is not null && IsRoot(withoutSuffix) ? withoutSuffix : null;
    }

    // memakan: makan (11 affix classes) beats pakan (4); pemadaman: padam (7) beats madam (0).
    private string PreferProductiveAlternative(List<PrefixCandidate> candidates, int found, string root, bool thenSuffix)
    {
        var best = root;
        var bestCount = _roots.AffixCount(root);
        for (var j = found + 1; j < candidates.Count && candidates[j].Rule == candidates[found].Rule; j++)
        {
            if (RootOf(candidates[j].Remainder, thenSuffix) is { } other && _roots.AffixCount(other) > bestCount)
            {
                best = other;
                bestCount = _roots.AffixCount(other);
            }
        }

        return best;
    }

    // No reading reached a root: the word is a name, a loanword or a typo. Only -nya, which attaches to anything,
    // is removed (stuntingnya -> stunting); particles are not (Abdullah is no abdul + lah), and guessing prefixes
    // here is what makes rule-only stemmers over-stem.
    private static string StemConservatively(string word) =>
        word.Length - 3 >= 4 && word.EndsWith("nya", StringComparison.Ordinal) ? word[..^3] : word;

    private bool IsRoot(string form) => form.Length >= MinRootLength && _roots.Contains(form);

    private static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
