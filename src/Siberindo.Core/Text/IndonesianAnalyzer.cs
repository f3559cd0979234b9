using System.Collections.Concurrent;
using System.Text;

namespace Siberindo.Core.Text;

/// <summary>
/// Turns Indonesian text into search terms: Unicode folding, lowercasing, tokenisation, stopwords and stemming.
/// Documents and queries go through the same pipeline, and the space-joined output (<see cref="AnalyzeToString"/>)
/// is what the database stores, so SQLite FTS5 and PostgreSQL's <c>simple</c> configuration index the same terms.
/// </summary>
/// <remarks>
/// Terms are made only of lowercase letters and digits, so neither database tokenizer splits them again.
/// <list type="bullet">
/// <item>Reduplication: the parts of a hyphenated word are analysed separately and a repeated term is kept once:
/// anak-anak -> anak, berlari-lari -> lari, tembak-menembak -> tembak; sayur-mayur -> sayur mayur.</item>
/// <item>Numbers: thousands groups are joined (1.500.000 -> 1500000); decimals, times and dates split into their
/// digit groups (5,3 -> 5 3; 04.12 -> 04 12; 18/4/2025 -> 18 4 2025), which is how both databases would cut them.</item>
/// <item>Acronyms: a word written in capitals (BPBD, DPRD) is lowercased and not stemmed, unless the whole text is in
/// capitals (a shouting headline), where capitals say nothing. Words with digits (covid19, 5g) are never stemmed.</item>
/// <item>Apostrophes inside words are dropped (Jum'at -> jumat); single letters are dropped; stopwords are dropped
/// before stemming.</item>
/// </list>
/// </remarks>
public sealed class IndonesianAnalyzer
{
    private const int MaxTermLength = 64;
    private const int MaxInternedTerms = 100_000;

    private static readonly Lazy<IndonesianAnalyzer> LazyDefault = new(() => new IndonesianAnalyzer(IndonesianStemmer.Default));

    private readonly IndonesianStemmer _stemmer;

    // Unstemmed terms (numbers, acronyms) are interned so a repeated "2025" or "bpbd" costs no allocation.
    private readonly ConcurrentDictionary<string, string> _interned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _internedBySpan;
    private int _internedCount;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The analyzer over the embedded root list.</summary>
    public static IndonesianAnalyzer Default => LazyDefault.Value;

    public IndonesianAnalyzer(IndonesianStemmer stemmer)
    {
        _stemmer = stemmer;
        _internedBySpan = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The terms of <paramref name="text"/>, in order, repeats included.</summary>
    public IEnumerable<string> Analyze(string text)
    {
        var tokens = new List<string>();
        Analyze(text, tokens);
        return tokens;
    }

    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public void Analyze(string text, List<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sink = new ListSink(tokens);
        Run(text, ref sink);
    }

    /// <summary>The terms of <paramref name="text"/> joined by single spaces: the form stored for full-text search.</summary>
    public string AnalyzeToString(string text)
    {
        var builder = t_builder ??= new StringBuilder(4096);
        builder.Clear();
        var sink = new BuilderSink(builder);
        Run(text, ref sink);
        var result = builder.ToString();
        if (builder.Capacity > 256 * 1024)
        {
            t_builder = null;
        }

        return result;
    }

    /// <summary>The terms of a reader's query; the same pipeline as documents, so the terms meet.</summary>
    public IReadOnlyList<string> AnalyzeQuery(string query)
    {
        var tokens = new List<string>();
        Analyze(query, tokens);
        return tokens;
    }

    private void Run<TSink>(string? text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var folded = TextFolding.FoldToBaseLetters(text).AsSpan();
        var capitalsMarkAcronyms = !IsShouting(folded);
        var reader = new WordRunReader(folded);
        Span<char> buffer = stackalloc char[MaxTermLength];
        while (reader.TryRead(out var start, out var length))
        {
            AddRun(folded.Slice(start, length), capitalsMarkAcronyms, buffer, ref sink);
        }
    }

    // A run is one word, a hyphenated compound or a number; a compound's repeated term is kept once.
    private void AddRun<TSink>(ReadOnlySpan<char> run, bool capitalsMarkAcronyms, Span<char> buffer, ref TSink sink)
        where TSink : struct, ITermSink
    {
        string? previous = null, beforePrevious = null;
        while (!run.IsEmpty)
        {
            var hyphen = run.IndexOfAny('-', '\u2010', '\u2011');
            var part = hyphen < 0 ? run : run[..hyphen];
            run = hyphen < 0 ? default : run[(hyphen + 1)..];

            foreach (var term in new NumberGroups(part))
            {
                if (TermOf(term, capitalsMarkAcronyms, buffer) is { } t && t != previous && t != beforePrevious)
                {
                    sink.Add(t);
                    beforePrevious = previous;
                    previous = t;
                }
            }
        }
    }

    private string? TermOf(ReadOnlySpan<char> word, bool capitalsMarkAcronyms, Span<char> buffer)
    {
        var length = 0;
        bool hasDigit = false, hasLower = false, hasUpper = false, plainLetters = true;
        foreach (var c in word)
        {
            if (WordRunReader.IsApostrophe(c) || NumberGroups.IsSeparator(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return null; // not a word: a hash, a URL fragment, a run of digits
            }

            hasDigit |= char.IsDigit(c);
            hasUpper |= char.IsUpper(c);
            hasLower |= char.IsLower(c);
            var lower = char.ToLowerInvariant(c);
            plainLetters &= lower is >= 'a' and <= 'z';
            buffer[length++] = lower;
        }

        var term = buffer[..length];
        if ((length == 1 && !hasDigit) || length == 0 || IndonesianStopwords.Contains(term))
        {
            return null;
        }

        var isAcronym = capitalsMarkAcronyms && hasUpper && !hasLower && length > 1;
        return hasDigit || isAcronym || !plainLetters ? Intern(term) : _stemmer.StemLowercase(term);
    }

    private string Intern(ReadOnlySpan<char> term)
    {
        if (_internedBySpan.TryGetValue(term, out var known))
        {
            return known;
        }

        var text = term.ToString();
        if (Volatile.Read(ref _internedCount) < MaxInternedTerms && _interned.TryAdd(text, text))
        {
            Interlocked.Increment(ref _internedCount);
        }

        return text;
    }

    // A headline in capitals ("GEMPA GUNCANG MAJENE") would make every word an acronym.
    private static bool IsShouting(ReadOnlySpan<char> text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        return upper > lower;
    }

    private interface ITermSink
    {
        void Add(string term);
    }

    private readonly struct ListSink(List<string> list) : ITermSink
    {
        public void Add(string term) => list.Add(term);
    }

    private readonly struct BuilderSink(StringBuilder builder) : ITermSink
    {
        public void Add(string term)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(term);
        }
    }
}
