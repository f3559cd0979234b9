namespace Siberindo.Core.Stories;

/// <summary>A press release as the matcher reads it: headline and plain-text body, and the instant its embargo lifts.</summary>
public sealed record ReleaseText(long Id, string Headline, string Body, DateTimeOffset Embargo);

/// <summary>How an article carries a release: <see cref="Copy"/> republishes its text (whole, edited or only the
/// lead); <see cref="Report"/> reports on it in other words (the same event, names and figures).</summary>
public enum PickupKind { Copy = 0, Report = 1 }

public sealed record ReleaseMatch(long ReleaseId, PickupKind Kind, double Score);

/// <summary>
/// Finds the press releases an incoming article carries, with the story engine's own tests: a copy needs the overlap
/// coefficient of <see cref="StoryIndex"/> (<see cref="StoryIndexOptions.CopyContainment"/>), slots filled alike
/// (<see cref="StoryIndexOptions.SlotAgreement"/>) and no other province or regency, so a release re-issued from the
/// same template with other figures or for another place is not taken for this one; a report needs the story test
/// (event-term cosine, rare shared terms, same places). Only releases are held, not the news stream: memory is a few
/// KB per release, whatever the number of articles. Document frequencies are learnt from every article matched.
/// Thread-safe (one lock), though the pickup stage is a single stream.
/// </summary>
public sealed class ReleaseMatcher
{
    const int MinSharedSamples = 2, LookupTerms = 12, MinSharedRareTerms = 3, RareTermMinDocuments = 5, MinSlotContextsToVeto = 8;
    const double RareTermShare = 0.02;
    /// <summary>An outlet's clock or an early copy (an embargo broken) may put an article this far before the instant.</summary>
    public static readonly TimeSpan EarlyTolerance = TimeSpan.FromHours(1);

    readonly StoryIndexOptions _options;
    readonly ArticleFingerprinter _fingerprinter;
    readonly Lock _lock = new();
    readonly List<Slot> _releases = [];
    readonly Dictionary<long, int> _slots = [];
    readonly SketchIndex _sketch = new();
    readonly DocumentFrequencies _frequencies = new();
    readonly Dictionary<uint, List<int>> _byTerm = [];
    readonly Dictionary<int, int> _hits = [];

    public ReleaseMatcher(StoryIndexOptions? options = null, PlaceNames? places = null)
    {
        _options = options ?? new StoryIndexOptions();
        _fingerprinter = new ArticleFingerprinter(places);
    }

    public int Count { get { lock (_lock) return _slots.Count; } }

    public bool Contains(long releaseId) { lock (_lock) return _slots.ContainsKey(releaseId); }

    /// <summary>Adds a release, or replaces its text (a correction).</summary>
    public void Add(ReleaseText release)
    {
        lock (_lock)
        {
            RemoveLocked(release.Id);
            // One pseudo-outlet for all releases: a paragraph repeated across releases (a partner's boilerplate) is
            // learnt and dropped as an outlet's footer is.
            var fp = _fingerprinter.Fingerprint(new StoryArticle(release.Id, "siaran-pers", release.Headline, release.Body, release.Embargo));
            _frequencies.Add(fp.Terms);
            var slot = new Slot(release.Id, release.Embargo.UtcTicks, fp.Shingles, fp.SlotContexts, fp.Places, TermVector.ForArticle(fp.Terms, _frequencies));
            int index = _releases.Count;
            _releases.Add(slot);
            _slots[release.Id] = index;
            _sketch.Add(index, fp.Shingles);
            foreach (var term in slot.Vector.HeaviestTerms(LookupTerms))
            {
                if (!_byTerm.TryGetValue(term, out var postings)) _byTerm[term] = postings = [];
                postings.Add(index);
            }
        }
    }

    /// <summary>A withdrawn release is matched no more (its slot stays, dead, until the matcher is rebuilt).</summary>
    public void Remove(long releaseId) { lock (_lock) RemoveLocked(releaseId); }

    void RemoveLocked(long releaseId)
    {
        if (_slots.Remove(releaseId, out var index)) _releases[index].Dead = true;
    }

    /// <summary>Cleans and fingerprints an article, learning its outlet's footers as the story index does.</summary>
    public ArticleFingerprint Fingerprint(StoryArticle article) { lock (_lock) return _fingerprinter.Fingerprint(article); }

    /// <summary>The releases the article carries: copies first, then reports, each release at most once.</summary>
    public IReadOnlyList<ReleaseMatch> Match(ArticleFingerprint article)
    {
        lock (_lock)
        {
            _frequencies.Add(article.Terms);
            var vector = TermVector.ForArticle(article.Terms, _frequencies);
            var matches = new List<ReleaseMatch>();
            var ruledOut = new HashSet<int>();
            foreach (var index in CopyCandidates(article))
            {
                var release = _releases[index];
                var overlap = TextOverlap.Of(article.Shingles, article.SlotContexts, release.Shingles, release.SlotContexts);
                bool template = overlap.SlotsDisagree(_options.SlotAgreement) || PlaceNames.InAnotherRegion(article.Places, release.Places);
                if (overlap.Containment >= _options.CopyContainment && !template) matches.Add(new ReleaseMatch(release.Id, PickupKind.Copy, overlap.Containment));
                // Same sentences filled otherwise: a re-run of the release's template, never a report on it.
                if (template || overlap.Containment >= _options.CopyContainment) ruledOut.Add(index);
            }
            foreach (var index in ReportCandidates(vector))
            {
                if (ruledOut.Contains(index)) continue;
                var release = _releases[index];
                if (!InWindow(release, article.Published.UtcTicks) || PlaceNames.Elsewhere(article.Places, release.Places)) continue;
                double similarity = vector.Dot(release.Vector);
                if (similarity < _options.StorySimilarity || vector.SharedTerms(release.Vector, IsRare) < MinSharedRareTerms) continue;
                var overlap = TextOverlap.Of(article.Shingles, article.SlotContexts, release.Shingles, release.SlotContexts);
                if (overlap.Slots.Shared >= MinSlotContextsToVeto && overlap.SlotsDisagree(_options.SlotAgreement)) continue;
                matches.Add(new ReleaseMatch(release.Id, PickupKind.Report, similarity));
            }
            return matches;
        }
    }

    bool IsRare(uint term) => _frequencies.DocumentCount(term) <= Math.Max(RareTermMinDocuments, _frequencies.Documents * RareTermShare);

    /// <summary>An article can carry a release from shortly before its embargo lifts until the copy horizon after.</summary>
    bool InWindow(Slot release, long publishedTicks) =>
        !release.Dead && publishedTicks >= release.EmbargoTicks - EarlyTolerance.Ticks && publishedTicks <= release.EmbargoTicks + _options.CopyHorizon.Ticks;

    /// <summary>Live releases in the article's window sharing sampled shingles (as <see cref="StoryIndex"/> finds copies).</summary>
    List<int> CopyCandidates(ArticleFingerprint article)
    {
        _hits.Clear();
        int samples = 0;
        foreach (var s in article.Shingles)
        {
            if (!Shingles.IsSampled(s)) continue;
            samples++;
            foreach (var index in _sketch.Find(s, int.MaxValue))
                if (InWindow(_releases[index], article.Published.UtcTicks)) _hits[index] = _hits.GetValueOrDefault(index) + 1;
        }
        int needed = Math.Min(MinSharedSamples, Math.Max(1, samples));
        return _hits.Where(kv => kv.Value >= needed).Select(kv => kv.Key).Order().ToList();
    }

    IEnumerable<int> ReportCandidates(TermVector vector) =>
        vector.HeaviestTerms(LookupTerms).SelectMany(t => _byTerm.TryGetValue(t, out var p) ? p : []).Distinct().Order();

    sealed class Slot(long id, long embargoTicks, uint[] shingles, ulong[] slotContexts, uint[] places, TermVector vector)
    {
        public readonly long Id = id;
        public readonly long EmbargoTicks = embargoTicks;
        public readonly uint[] Shingles = shingles;
        public readonly ulong[] SlotContexts = slotContexts;
        public readonly uint[] Places = places;
        public readonly TermVector Vector = vector;
        public bool Dead;
    }
}
