namespace Siberindo.Core.Stories;

/// <summary>
/// Incremental near-duplicate detection and story clustering. Each added article is
/// (1) compared with earlier articles that share sampled shingles (<see cref="SketchIndex"/>), verified exactly
/// (<see cref="TextOverlap"/>): a copy joins the near-duplicate group of the text it republishes, whose earliest article
/// is its source; (2) otherwise compared by event terms with the centroids of stories active within
/// <see cref="StoryIndexOptions.StoryWindow"/>, and joins the most similar one or opens a new story.
/// Attribution follows <see cref="StoryArticle.Published"/>, not arrival order, so late-found older articles take over
/// as source. All public members take one lock: safe from several threads, though ingest is a single stream in practice.
/// </summary>
public sealed class StoryIndex
{
    // A sampled shingle shared by more articles than this is a stock phrase, not evidence of copying.
    const int MaxPostingsPerShingle = 256;
    // Two shared samples make a candidate: one can be a stock phrase or a 32-bit collision.
    const int MinSharedSamples = 2;
    const int StoryLookupTerms = 12;
    const int MaxStoryPostingsPerTerm = 200;
    // A story's newest members within the window stand for it; a release copied by hundreds is matched by its copies
    // through the copy path, so few members are needed here.
    const int MaxMembersCompared = 32;
    // Joining a story by similarity needs names or figures that few articles share (a village, a person, an amount),
    // not only the words of the kind of event, which routine news from many regencies shares.
    const int MinSharedRareTerms = 3;
    const double RareTermShare = 0.02;
    const int RareTermMinDocuments = 5;
    // Independent reports of one event share a phrase or two around a name ("Kepala BPBD Kota Palu" and "Kepala BPBD
    // Palu"); a template re-run shares whole sentences (a slot stands in up to four contexts, so eight are two slots).
    const int MinSlotContextsToVeto = 8;

    readonly StoryIndexOptions _options;
    readonly Lock _lock = new();
    readonly ArticleFingerprinter _fingerprinter;
    readonly List<ArticleSlot> _articles = [];
    readonly Dictionary<long, int> _articleSlots = [];
    readonly SketchIndex _sketch = new();
    readonly DocumentFrequencies _frequencies = new();
    readonly List<Story> _stories = [];
    readonly Dictionary<long, int> _storySlots = [];
    readonly Dictionary<uint, List<int>> _storiesByTerm = [];
    readonly Dictionary<int, int> _candidateHits = [];
    readonly HashSet<(long, long)> _apart = []; // story ids split apart by hand, smaller first
    readonly Func<uint, bool> _isRare;

    public StoryIndex(StoryIndexOptions? options = null, PlaceNames? places = null)
    {
        _options = options ?? new StoryIndexOptions();
        _fingerprinter = new ArticleFingerprinter(places);
        _isRare = term => _frequencies.DocumentCount(term) <= Math.Max(RareTermMinDocuments, _frequencies.Documents * RareTermShare);
    }

    public int Count { get { lock (_lock) return _articles.Count; } }

    /// <summary>Cleans and fingerprints an article (learning its outlet's footers), then assigns it.</summary>
    public StoryUpdate Add(StoryArticle article)
    {
        lock (_lock) return AddLocked(_fingerprinter.Fingerprint(article));
    }

    /// <summary>Fingerprint only, for callers that store the fingerprint before assigning. Learns outlet footers.</summary>
    public ArticleFingerprint Fingerprint(StoryArticle article)
    {
        lock (_lock) return _fingerprinter.Fingerprint(article);
    }

    /// <summary>Assigns an article from its fingerprint (made by <see cref="Fingerprint"/>).</summary>
    public StoryUpdate Add(ArticleFingerprint fingerprint)
    {
        lock (_lock) return AddLocked(fingerprint);
    }

    /// <summary>
    /// Rebuilds the index from stored fingerprints and their latest assignments, without re-deciding anything.
    /// Pass them in the order they were first added (e.g. by database row id) so that term weights, and therefore later
    /// decisions, come out exactly as in the index that produced them.
    /// </summary>
    public void Restore(IEnumerable<(ArticleFingerprint Fingerprint, StoryAssignment Assignment)> stored)
    {
        lock (_lock)
        {
            // Only what the second pass needs is held, not whole fingerprints: callers may stream them from storage.
            var pending = new List<(int Slot, TermVector Vector, string Title, StoryAssignment Assignment)>();
            foreach (var (fp, assignment) in stored)
            {
                _fingerprinter.Learn(fp);
                var slot = NewArticle(fp, out var vector);
                _sketch.Add(slot, fp.Shingles);
                pending.Add((slot, vector, fp.Title, assignment));
            }
            foreach (var (slot, vector, title, assignment) in pending)
            {
                if (!_storySlots.TryGetValue(assignment.StoryId, out var story)) story = NewStory(assignment.StoryId);
                AddToStory(story, slot, vector, title);
                if (assignment.CopyOfId is { } source && _articleSlots.TryGetValue(source, out var root))
                {
                    _articles[slot].Root = root;
                    (_articles[root].Group ??= [root]).Add(slot);
                }
            }
        }
    }

    /// <summary>
    /// Gives an article already in the index a new text (its full text arrived after it was assigned), so that later
    /// articles are compared with that text. Its own assignment is not decided again: readers and copies already point
    /// to it, and undoing a copy group or a merge would move other articles too. Postings of shingles the new text
    /// lacks stay; they only propose candidates, which are verified on the new text. False when the article is not held.
    /// </summary>
    public bool Refresh(ArticleFingerprint fingerprint)
    {
        lock (_lock)
        {
            if (!_articleSlots.TryGetValue(fingerprint.Id, out var slot)) return false;
            var article = _articles[slot];
            var indexed = article.Shingles.ToHashSet();
            _sketch.Add(slot, fingerprint.Shingles.Where(s => !indexed.Contains(s)).ToArray());
            article.Shingles = fingerprint.Shingles;
            article.SlotContexts = fingerprint.SlotContexts;
            article.Places = fingerprint.Places;
            // Weighed with the frequencies as they are now; the article's old terms are not counted out (a restore
            // counts the new ones in its place), which moves the weights by one document in thousands.
            var vector = TermVector.ForArticle(fingerprint.Terms, _frequencies);
            if (article.Vector is not null) article.Vector = vector;
            if (article.Story >= 0) IndexTerms(FindStory(article.Story), vector);
            return true;
        }
    }

    public StoryAssignment? GetAssignment(long articleId)
    {
        lock (_lock) return _articleSlots.TryGetValue(articleId, out var slot) ? AssignmentOf(slot) : null;
    }

    public StoryInfo? GetStory(long storyId)
    {
        lock (_lock)
        {
            if (!_storySlots.TryGetValue(storyId, out var slot)) return null;
            var story = _stories[FindStory(slot)];
            var source = _articles[story.Source];
            return new StoryInfo(story.Id, story.Title, source.Id, new DateTimeOffset(source.PublishedTicks, TimeSpan.Zero),
                story.Members.Select(m => _articles[m].Id).ToList());
        }
    }

    /// <summary>
    /// A hand split: parts <paramref name="articleIds"/> from the rest of their story. The part with the article whose id
    /// the story bears keeps the story; the other becomes a story whose id is its earliest article not already a story
    /// id. The two stories are kept apart from then on (a later copy of both joins one, never merges them). Returns the new story's id and every changed assignment, or null when the
    /// articles are not all in one story, are all of it, or none of them can give the new story its id.
    /// <paramref name="titleOf"/> gives an article's title (the index keeps titles per story only).
    /// </summary>
    public (long StoryId, IReadOnlyList<StoryAssignment> Changed)? Split(IReadOnlyCollection<long> articleIds, Func<long, string> titleOf)
    {
        lock (_lock)
        {
            var slots = articleIds.Where(_articleSlots.ContainsKey).Select(id => _articleSlots[id]).Distinct().ToList();
            if (slots.Count == 0 || slots.Count != articleIds.Count) return null;
            int from = FindStory(_articles[slots[0]].Story);
            if (slots.Any(m => FindStory(_articles[m].Story) != from) || slots.Count == _stories[from].Members.Count) return null;
            // The part holding the article whose id the story bears keeps the story; the other part moves.
            if (slots.Any(m => _articles[m].Id == _stories[from].Id)) slots = _stories[from].Members.Except(slots).ToList();
            var opener = slots.OrderBy(m => _articles[m].PublishedTicks).ThenBy(m => _articles[m].Id)
                .FirstOrDefault(m => !_storySlots.ContainsKey(_articles[m].Id), -1);
            if (opener < 0) return null;

            var moved = slots.ToHashSet();
            var old = _stories[from];
            old.Members.RemoveAll(moved.Contains);
            ResetSummary(old, titleOf);
            int into = NewStory(_articles[opener].Id);
            foreach (var m in slots)
            {
                _articles[m].Story = into;
                _stories[into].Members.Add(m);
                if (_articles[m].Vector is { } vector) IndexTerms(into, vector);
            }
            ResetSummary(_stories[into], titleOf);
            KeepApartLocked(from, into);
            return (_stories[into].Id, slots.Order().Select(AssignmentOf).ToList());
        }
    }

    /// <summary>A hand merge of two stories (the larger keeps its id, as automatic merges do); returns the changed assignments.</summary>
    public IReadOnlyList<StoryAssignment>? Merge(long storyId, long otherStoryId)
    {
        lock (_lock)
        {
            if (!_storySlots.TryGetValue(storyId, out var a) || !_storySlots.TryGetValue(otherStoryId, out var b)) return null;
            (a, b) = (FindStory(a), FindStory(b));
            if (a == b) return null;
            _apart.Remove(Pair(_stories[a].Id, _stories[b].Id));
            var changed = new HashSet<int>();
            MergeStories(a, b, changed);
            return changed.Order().Select(AssignmentOf).ToList();
        }
    }

    /// <summary>Replays a hand split after a restore: automatic merges never join the two stories again.</summary>
    public void KeepApart(long storyId, long otherStoryId)
    {
        lock (_lock)
        {
            if (_storySlots.TryGetValue(storyId, out var a) && _storySlots.TryGetValue(otherStoryId, out var b))
                KeepApartLocked(FindStory(a), FindStory(b));
        }
    }

    void KeepApartLocked(int a, int b) => _apart.Add(Pair(_stories[a].Id, _stories[b].Id));

    static (long, long) Pair(long a, long b) => a < b ? (a, b) : (b, a);

    bool Apart(int a, int b) => _apart.Count > 0 && _apart.Contains(Pair(_stories[FindStory(a)].Id, _stories[FindStory(b)].Id));

    /// <summary>Source, title and time span of a story from its members, after members left it.</summary>
    void ResetSummary(Story story, Func<long, string> titleOf)
    {
        var first = story.Members.MinBy(m => (_articles[m].PublishedTicks, _articles[m].Id));
        story.Source = first;
        story.Title = titleOf(_articles[first].Id);
        story.FirstTicks = _articles[first].PublishedTicks;
        story.LastTicks = story.Members.Max(m => _articles[m].PublishedTicks);
    }

    StoryUpdate AddLocked(ArticleFingerprint fp)
    {
        if (_articleSlots.TryGetValue(fp.Id, out var existing)) return new StoryUpdate(AssignmentOf(existing), []);

        var changed = new HashSet<int>();
        var slot = NewArticle(fp, out var vector);
        var article = _articles[slot];

        int bestCopy = -1;
        double bestContainment = 0;
        var copyStories = new HashSet<int>();
        var templateStories = new HashSet<int>();
        foreach (var candidate in CopyCandidates(fp))
        {
            var other = _articles[candidate];
            var overlap = TextOverlap.Of(fp.Shingles, fp.SlotContexts, other.Shingles, other.SlotContexts);
            bool slotsDisagree = overlap.SlotsDisagree(_options.SlotAgreement);
            // A text re-run about another province or regency is a template, whatever its wording shares.
            slotsDisagree |= overlap.Containment >= _options.CopyContainment && PlaceNames.InAnotherRegion(fp.Places, other.Places);
            if (overlap.Containment >= _options.CopyContainment && !slotsDisagree)
            {
                copyStories.Add(FindStory(other.Story));
                if (overlap.Containment > bestContainment || overlap.Containment == bestContainment && other.PublishedTicks < _articles[bestCopy].PublishedTicks)
                {
                    bestCopy = candidate;
                    bestContainment = overlap.Containment;
                }
            }
            else if (slotsDisagree)
            {
                templateStories.Add(FindStory(other.Story));
            }
        }
        _sketch.Add(slot, fp.Shingles);

        int story;
        if (bestCopy >= 0)
        {
            JoinCopyGroup(slot, _articles[bestCopy].Root, changed);
            story = FindStory(_articles[bestCopy].Story);
            foreach (var s in copyStories) if (!Apart(story, s)) story = MergeStories(story, s, changed);
        }
        else
        {
            story = MostSimilarStory(fp, vector, templateStories);
            if (story < 0) story = NewStory(fp.Id);
        }
        AddToStory(story, slot, vector, fp.Title);

        changed.Remove(slot);
        return new StoryUpdate(AssignmentOf(slot), changed.Order().Select(AssignmentOf).ToList());
    }

    int NewArticle(ArticleFingerprint fp, out TermVector vector)
    {
        _frequencies.Add(fp.Terms);
        vector = TermVector.ForArticle(fp.Terms, _frequencies);
        int slot = _articles.Count;
        _articles.Add(new ArticleSlot(fp.Id, fp.Published.UtcTicks, fp.Shingles, fp.SlotContexts) { Root = slot, Places = fp.Places });
        _articleSlots[fp.Id] = slot;
        return slot;
    }

    /// <summary>Articles within the copy horizon sharing at least <see cref="MinSharedSamples"/> sampled shingles.</summary>
    List<int> CopyCandidates(ArticleFingerprint fp)
    {
        _candidateHits.Clear();
        long published = fp.Published.UtcTicks, horizon = _options.CopyHorizon.Ticks;
        int samples = 0;
        foreach (var s in fp.Shingles)
        {
            if (!Shingles.IsSampled(s)) continue;
            samples++;
            foreach (var other in _sketch.Find(s, MaxPostingsPerShingle))
            {
                if (Math.Abs(_articles[other].PublishedTicks - published) > horizon) continue;
                _candidateHits[other] = _candidateHits.GetValueOrDefault(other) + 1;
            }
        }
        // A very short article (a few sentences) may have a single sample; then one shared sample is all there can be.
        int needed = Math.Min(MinSharedSamples, Math.Max(1, samples));
        return _candidateHits.Where(kv => kv.Value >= needed).Select(kv => kv.Key).Order().ToList();
    }

    /// <summary>Puts an article in a near-duplicate group; the earliest published article of a group is its root,
    /// and every other member points to it.</summary>
    void JoinCopyGroup(int slot, int root, HashSet<int> changed)
    {
        var article = _articles[slot];
        var rootArticle = _articles[root];
        var group = rootArticle.Group ?? [root];
        rootArticle.Group = null;
        group.Add(slot);
        int newRoot = article.PublishedTicks < rootArticle.PublishedTicks ? slot : root;
        foreach (var member in group)
        {
            if (_articles[member].Root != newRoot && member != slot) changed.Add(member);
            _articles[member].Root = newRoot;
        }
        _articles[newRoot].Group = group;
    }

    int MostSimilarStory(ArticleFingerprint fp, TermVector vector, HashSet<int> excluded)
    {
        long published = fp.Published.UtcTicks;
        long window = _options.StoryWindow.Ticks;
        int best = -1;
        double bestSimilarity = _options.StorySimilarity;
        var seen = new HashSet<int>();
        foreach (var term in vector.HeaviestTerms(StoryLookupTerms))
        {
            if (!_storiesByTerm.TryGetValue(term, out var postings)) continue;
            for (int i = postings.Count - 1, scanned = 0; i >= 0 && scanned < MaxStoryPostingsPerTerm; i--, scanned++)
            {
                int s = FindStory(postings[i]);
                if (!seen.Add(s) || excluded.Contains(s)) continue;
                var story = _stories[s];
                if (published < story.FirstTicks - window || published > story.LastTicks + window) continue;
                double similarity = MemberSimilarity(story, fp, vector);
                if (similarity > bestSimilarity || similarity == bestSimilarity && best >= 0 && story.Id < _stories[best].Id)
                {
                    best = s;
                    bestSimilarity = similarity;
                }
            }
        }
        return best;
    }

    /// <summary>The best cosine with one of the story's members published within the window: a story is compared
    /// member by member, not through a centroid, because a centroid of routine news drifts towards the template that
    /// its members share and then attracts every other instance of it. A member is evidence only with names or figures
    /// that few articles share, and one member that names another place, or fills the same sentence with other names
    /// or figures (a template re-run the shingle sample did not bring up), rules the story out.</summary>
    double MemberSimilarity(Story story, ArticleFingerprint fp, TermVector vector)
    {
        long window = _options.StoryWindow.Ticks, published = fp.Published.UtcTicks;
        double best = 0;
        for (int i = story.Members.Count - 1, compared = 0; i >= 0 && compared < MaxMembersCompared; i--)
        {
            var member = _articles[story.Members[i]];
            if (member.Vector is null || Math.Abs(member.PublishedTicks - published) > window) continue;
            compared++;
            if (PlaceNames.Elsewhere(fp.Places, member.Places)) return 0;
            double similarity = vector.Dot(member.Vector);
            if (similarity < _options.StorySimilarity || vector.SharedTerms(member.Vector, _isRare) < MinSharedRareTerms) continue;
            var overlap = TextOverlap.Of(fp.Shingles, fp.SlotContexts, member.Shingles, member.SlotContexts);
            if (overlap.Slots.Shared >= MinSlotContextsToVeto && overlap.SlotsDisagree(_options.SlotAgreement)) return 0;
            // An article that names no place (a national release, its dateline stripped) is evidence for a story of a
            // named place only when it fills one of the member's name or figure contexts alike: free health checks
            // across the country are not one regency's health-check day, though they share every word of the kind.
            if (fp.Places.Length == 0 && member.Places.Length > 0 && overlap.Slots.Same == 0) continue;
            best = Math.Max(best, similarity);
        }
        return best;
    }

    int NewStory(long id)
    {
        _stories.Add(new Story(id));
        _storySlots[id] = _stories.Count - 1;
        return _stories.Count - 1;
    }

    void AddToStory(int s, int slot, TermVector vector, string title)
    {
        var story = _stories[s];
        var article = _articles[slot];
        article.Story = s;
        story.Members.Add(slot);
        if (story.Members.Count == 1 || article.PublishedTicks < story.FirstTicks)
        {
            story.FirstTicks = article.PublishedTicks;
            story.Source = slot;
            story.Title = title;
        }
        story.LastTicks = Math.Max(story.LastTicks, article.PublishedTicks);
        article.Vector = vector;
        IndexTerms(s, vector);
    }

    void IndexTerms(int s, TermVector vector)
    {
        foreach (var term in vector.HeaviestTerms(StoryLookupTerms))
        {
            if (!_storiesByTerm.TryGetValue(term, out var postings)) _storiesByTerm[term] = postings = [];
            if (postings.Count == 0 || postings[^1] != s) postings.Add(s);
        }
    }

    /// <summary>Merges two stories (an article copies texts of both); the larger keeps its id.</summary>
    int MergeStories(int a, int b, HashSet<int> changed)
    {
        a = FindStory(a);
        b = FindStory(b);
        if (a == b) return a;
        var (keep, gone) = _stories[a].Members.Count >= _stories[b].Members.Count ? (a, b) : (b, a);
        var kept = _stories[keep];
        var removed = _stories[gone];
        removed.MergedInto = keep;
        foreach (var m in removed.Members)
        {
            _articles[m].Story = keep;
            changed.Add(m);
        }
        kept.Members.AddRange(removed.Members);
        removed.Members.Clear();
        if (removed.FirstTicks < kept.FirstTicks)
        {
            kept.FirstTicks = removed.FirstTicks;
            kept.Source = removed.Source;
            kept.Title = removed.Title;
        }
        kept.LastTicks = Math.Max(kept.LastTicks, removed.LastTicks);
        _storySlots[removed.Id] = keep;
        return keep;
    }

    int FindStory(int s)
    {
        while (_stories[s].MergedInto >= 0) s = _stories[s].MergedInto;
        return s;
    }

    StoryAssignment AssignmentOf(int slot)
    {
        var article = _articles[slot];
        return new StoryAssignment(article.Id, _stories[FindStory(article.Story)].Id, article.Root == slot ? null : _articles[article.Root].Id);
    }

    sealed class ArticleSlot(long id, long publishedTicks, uint[] shingles, ulong[] slotContexts)
    {
        public readonly long Id = id;
        public readonly long PublishedTicks = publishedTicks;
        public uint[] Shingles = shingles;
        public ulong[] SlotContexts = slotContexts;
        public int Story = -1;
        public int Root;
        public List<int>? Group; // members of the near-duplicate group, kept on the root only
        public TermVector? Vector;
        public uint[] Places = [];
    }

    sealed class Story(long id)
    {
        public readonly long Id = id;
        public readonly List<int> Members = [];
        public int Source;
        public string Title = "";
        public long FirstTicks, LastTicks;
        public int MergedInto = -1;
    }
}
