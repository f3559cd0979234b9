namespace Siberindo.Core.Stories;

/// <summary>
/// Turns an article into its <see cref="ArticleFingerprint"/>: boilerplate removal (genre patterns, then the outlet's
/// learnt footers), tokens, shingles and event terms. Stateful because it learns outlet footers; not thread-safe.
/// </summary>
public sealed class ArticleFingerprinter(PlaceNames? placeNames = null)
{
    readonly PlaceNames _placeNames = placeNames ?? PlaceNames.None;
    readonly HashSet<uint> _places = [];
    readonly HashSet<ulong> _placeWords = [];
    readonly OutletFooters _outletFooters = new();
    readonly List<Token> _tokens = new(1024);
    readonly List<uint> _shingles = new(1024);
    readonly List<ulong> _slotContexts = new(512);
    readonly List<(ulong Masked, ulong Exact)> _slotStream = new(256);

    /// <summary>Replays the outlet-footer learning of a stored fingerprint.</summary>
    public void Learn(ArticleFingerprint stored) => _outletFooters.Learn(stored.Outlet, stored.ParagraphHashes);

    public ArticleFingerprint Fingerprint(StoryArticle article)
    {
        var title = Boilerplate.CleanTitle(article.Title);
        var paragraphs = _outletFooters.RemoveAndLearn(article.Outlet, Boilerplate.ContentParagraphs(article.Body), out var paragraphHashes);

        _tokens.Clear();
        _shingles.Clear();
        _slotContexts.Clear();
        Tokens.Tokenize(title, _tokens);
        int titleLength = _tokens.Count;
        var bounds = new List<(int Start, int Length)>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            int start = _tokens.Count;
            Tokens.Tokenize(p, _tokens);
            bounds.Add((start, _tokens.Count - start));
        }

        var all = _tokens.ToArray();
        Shingles.AddSegment(all.AsSpan(0, titleLength), _shingles);
        foreach (var (start, length) in bounds)
        {
            Shingles.AddSegment(all.AsSpan(start, length), _shingles);
            SlotContexts.Add(all.AsSpan(start, length), _slotContexts, _slotStream);
        }

        _places.Clear();
        _placeWords.Clear();
        _placeNames.Find(all.AsSpan(0, titleLength), _places, _placeWords, villages: false);
        _placeNames.Find(all.AsSpan(titleLength), _places, _placeWords);
        var places = _places.ToArray();
        Array.Sort(places);
        var terms = EventTerms.Extract(all.AsSpan(0, titleLength), bounds.Select(b => new ArraySegment<Token>(all, b.Start, b.Length)), _placeWords);
        return new ArticleFingerprint(article.Id, article.Outlet, article.Title, article.Published, 
            Shingles.ToSortedSet(_shingles), Shingles.ToSortedSet(_slotContexts), terms, paragraphHashes, places);
    }
}
