using Siberindo.Core.Stories;
using Siberindo.Core.Text;

namespace Siberindo.Core.FactChecks;

/// <summary>What the matcher measured between one article and one claim (all 0..1 but the cue counts).</summary>
/// <param name="Claim">IDF-weighted share of the claim's own terms (as stated) found in the article.</param>
/// <param name="Passage">The same share within the best passage: the title with the lead, or two adjacent paragraphs.
/// A repeated claim is stated in one place; a same-topic article scatters the shared words.</param>
/// <param name="Explained">IDF-weighted share of the article's terms that the fact-check (claim, title, text) also
/// has: an article about a claim is mostly about it, one on the same topic brings its own event.</param>
/// <param name="Circulation">Distinct words of circulation (beredar, viral, pesan berantai ...) in the article.</param>
/// <param name="Checks">Distinct words of checking (hoaks, bantah, klarifikasi ...) in the article.</param>
public readonly record struct ClaimEvidence(double Claim, double Passage, double Explained, int Circulation, int Checks)
{
    /// <summary>The ranking score: how much of the claim the article states (anywhere, and in one passage), and how much
    /// of the article the fact-check explains.</summary>
    public double Score => 0.25 * Claim + 0.25 * Passage + 0.5 * Explained;

    /// <summary>The score with the genre's words counted in (a few suffice; more say nothing more).</summary>
    public double Confidence(int cueCap, double cueWeight) => Score + cueWeight * Math.Min(Circulation + Checks, cueCap);
}

/// <summary>
/// Finds the known claims an article repeats or checks. Lexical, with the Indonesian analyzer and the story engine's
/// boilerplate removal: candidates come from an inverted index of the claims' terms, are ranked by
/// <see cref="ClaimEvidence.Score"/>, and the best one is confident when that score, raised by the words of a claim
/// circulating or being checked, passes one threshold (<see cref="IsConfident"/>). Those words are what keeps true
/// articles on the same topic and region (the real programme a hoax distorts) unlabelled: they share the claim's words
/// but not the genre, and their own event leaves much of them unexplained by the fact-check. Thread-safe.
/// </summary>
public sealed class ClaimMatcher(TermStatistics statistics, ClaimMatcherOptions? options = null)
{
    const int Ranked = 5, Shortlist = 20;
    readonly ClaimMatcherOptions _options = options ?? new ClaimMatcherOptions();
    readonly Lock _lock = new();
    readonly Dictionary<long, Entry> _claims = [];
    readonly Dictionary<string, List<Entry>> _byTerm = new(StringComparer.Ordinal);

    public TermStatistics Statistics => statistics;

    public int Count { get { lock (_lock) return _claims.Count; } }

    /// <summary>Every term of the known claims (claim, title and text): what the matcher weighs besides an article's.</summary>
    public List<string> Terms() { lock (_lock) return [.. _byTerm.Keys]; }

    sealed class Entry(long id, HashSet<string> claim, HashSet<string> all, DateTimeOffset? reviewed)
    {
        public long Id { get; } = id;
        public HashSet<string> Claim { get; } = claim;
        public HashSet<string> All { get; } = all;
        public DateTimeOffset? Reviewed { get; } = reviewed;
        public bool Dead { get; set; }
    }

    /// <summary>Adds a claim, or replaces its text (a correction).</summary>
    public void Add(ClaimText claim)
    {
        var analyzer = IndonesianAnalyzer.Default;
        var stated = analyzer.Analyze(claim.Claim).ToHashSet(StringComparer.Ordinal);
        var all = new HashSet<string>(stated, StringComparer.Ordinal);
        all.UnionWith(analyzer.Analyze(claim.Title));
        all.UnionWith(analyzer.Analyze(claim.Review));
        var entry = new Entry(claim.Id, stated, all, claim.Reviewed);
        lock (_lock)
        {
            RemoveLocked(claim.Id);
            _claims[claim.Id] = entry;
            foreach (var term in all)
            {
                if (!_byTerm.TryGetValue(term, out var postings)) _byTerm[term] = postings = [];
                postings.Add(entry);
            }
        }
    }

    public void Remove(long claimId) { lock (_lock) RemoveLocked(claimId); }

    void RemoveLocked(long claimId)
    {
        if (!_claims.Remove(claimId, out var old)) return;
        old.Dead = true;
        foreach (var term in old.All)
            if (_byTerm.TryGetValue(term, out var postings)) { postings.Remove(old); if (postings.Count == 0) _byTerm.Remove(term); }
    }

    /// <summary>The article's analysed passages: title first, then its content paragraphs (boilerplate removed).</summary>
    public static ArticleTerms Analyse(string title, string body)
    {
        var analyzer = IndonesianAnalyzer.Default;
        var passages = new List<string[]> { analyzer.Analyze(Boilerplate.CleanTitle(title)).ToArray() };
        foreach (var paragraph in Boilerplate.ContentParagraphs(body)) passages.Add(analyzer.Analyze(paragraph).ToArray());
        return new ArticleTerms(passages);
    }

    /// <summary>The claims an article resembles, best first, and the confident one if any.</summary>
    public ClaimMatches Match(string title, string body, DateTimeOffset? published = null) => Match(Analyse(title, body), published);

    public ClaimMatches Match(ArticleTerms article, DateTimeOffset? published = null)
    {
        var evidence = Evidence(article);
        if (evidence.Count == 0) return ClaimMatches.None;
        var ranked = evidence.Take(Ranked).Select(e => new ClaimMatch(e.ClaimId, Math.Round(e.Evidence.Score, 4), RelationOf(e.Evidence))).ToList();
        var best = evidence[0];
        var confident = IsConfident(best.Evidence) && Margin(evidence) ? ranked[0] : null;
        return new ClaimMatches(ranked, confident);
    }

    // Two claims the article states equally well: it is not confidently about either.
    bool Margin(List<(long ClaimId, ClaimEvidence Evidence)> evidence) =>
        evidence.Count < 2 || evidence[0].Evidence.Score - evidence[1].Evidence.Score >= _options.MinMargin;

    /// <summary>Whether the evidence is enough to label the article with the claim.</summary>
    public bool IsConfident(ClaimEvidence e) => e.Confidence(_options.CueCap, _options.CueWeight) >= _options.Threshold;

    ClaimRelation RelationOf(ClaimEvidence e) => e.Checks >= _options.ChecksToDebunk ? ClaimRelation.Debunks : ClaimRelation.Repeats;

    /// <summary>Every candidate claim with its evidence, best first (for the benchmark and the admin's explanation).</summary>
    public List<(long ClaimId, ClaimEvidence Evidence)> Evidence(ArticleTerms article)
    {
        var terms = article.Distinct;
        var weights = new Dictionary<string, double>(terms.Count, StringComparer.Ordinal);
        double articleWeight = 0;
        foreach (var t in terms) { var w = statistics.Idf(t); weights[t] = w; articleWeight += w; }
        var circulation = ClaimCues.CirculationCount(terms);
        var checks = ClaimCues.CheckCount(terms);

        var shared = new Dictionary<Entry, double>();
        lock (_lock)
        {
            foreach (var t in terms)
            {
                if (!_byTerm.TryGetValue(t, out var postings)) continue;
                var w = weights[t];
                foreach (var entry in postings) shared[entry] = shared.GetValueOrDefault(entry) + w;
            }
        }
        if (shared.Count == 0) return [];

        var result = new List<(long, ClaimEvidence)>();
        // The fact-check's overlap with the article is cheap to have for all; the rest only for a shortlist.
        foreach (var (entry, weight) in shared.OrderByDescending(kv => kv.Value).Take(Shortlist))
        {
            double claimTotal = 0, claimFound = 0;
            foreach (var t in entry.Claim)
            {
                var w = weights.TryGetValue(t, out var known) ? known : statistics.Idf(t);
                claimTotal += w;
                if (terms.Contains(t)) claimFound += w;
            }
            if (claimTotal == 0) continue;
            var passage = BestPassage(article, entry.Claim, weights, claimTotal);
            var e = new ClaimEvidence(claimFound / claimTotal, passage, articleWeight == 0 ? 0 : weight / articleWeight, circulation, checks);
            result.Add((entry.Id, e));
        }
        result.Sort((a, b) => b.Item2.Score.CompareTo(a.Item2.Score));
        return result;
    }

    // The best share of the claim within one passage: the title with the first paragraph, or two adjacent paragraphs.
    static double BestPassage(ArticleTerms article, HashSet<string> claim, Dictionary<string, double> weights, double total)
    {
        var passages = article.Passages;
        double best = 0;
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            found.Clear();
            var end = Math.Min(passages.Count, i + 2);
            for (var j = i; j < end; j++)
                foreach (var t in passages[j]) if (claim.Contains(t)) found.Add(t);
            double sum = 0;
            foreach (var t in found) sum += weights[t];
            best = Math.Max(best, sum / total);
        }
        return best;
    }
}

/// <summary>An article's analysed passages (title first) and the set of its distinct terms.</summary>
public sealed class ArticleTerms(List<string[]> passages)
{
    public List<string[]> Passages { get; } = passages;
    public HashSet<string> Distinct { get; } = passages.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
}

/// <summary>The matcher's thresholds (see docs/cek-fakta.md for how they were chosen).</summary>
public sealed class ClaimMatcherOptions
{
    /// <summary>The confidence a label needs; chosen on claims-dev for precision first (docs/cek-fakta.md).</summary>
    public double Threshold { get; set; } = 0.65;
    public double CueWeight { get; set; } = 0.1;
    public int CueCap { get; set; } = 3;
    /// <summary>How far the best claim must lead the next one: an article stating two claims alike is about neither.</summary>
    public double MinMargin { get; set; } = 0.02;
    public int ChecksToDebunk { get; set; } = 1;
}
