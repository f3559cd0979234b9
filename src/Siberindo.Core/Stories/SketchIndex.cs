namespace Siberindo.Core.Stories;

/// <summary>
/// Inverted index from sampled shingles (<see cref="Shingles.IsSampled"/>) to the articles that contain them, newest
/// first. Open addressing over flat arrays: about 20 bytes per indexed shingle and no object per key, so ten million
/// articles fit in memory. Not thread-safe; owned by <see cref="StoryIndex"/>.
/// </summary>
sealed class SketchIndex
{
    uint[] _keys = new uint[1 << 16];
    int[] _heads = new int[1 << 16];      // posting index + 1; 0 = empty slot
    int _used;
    int[] _postingArticle = new int[1 << 16];
    int[] _postingNext = new int[1 << 16]; // posting index + 1 of the next older posting; 0 = end
    int _postings;

    public void Add(int article, ReadOnlySpan<uint> shingles)
    {
        foreach (var s in shingles)
        {
            if (!Shingles.IsSampled(s)) continue;
            if ((_used + 1) * 2 > _keys.Length) GrowTable();
            if (_postings == _postingArticle.Length)
            {
                Array.Resize(ref _postingArticle, _postings * 2);
                Array.Resize(ref _postingNext, _postings * 2);
            }
            int slot = FindSlot(_keys, _heads, s);
            if (_heads[slot] == 0) { _keys[slot] = s; _used++; }
            _postingArticle[_postings] = article;
            _postingNext[_postings] = _heads[slot];
            _heads[slot] = ++_postings;
        }
    }

    /// <summary>Articles containing <paramref name="shingle"/>, newest first, at most <paramref name="limit"/>.</summary>
    public PostingEnumerator Find(uint shingle, int limit)
    {
        int slot = FindSlot(_keys, _heads, shingle);
        return new PostingEnumerator(this, _heads[slot], limit);
    }

    public long MemoryBytes => (long)_keys.Length * 8 + (long)_postingArticle.Length * 8;

    public struct PostingEnumerator(SketchIndex index, int head, int limit)
    {
        int _next = head, _left = limit;
        public int Current { get; private set; }
        public readonly PostingEnumerator GetEnumerator() => this;
        public bool MoveNext()
        {
            if (_next == 0 || _left-- == 0) return false;
            Current = index._postingArticle[_next - 1];
            _next = index._postingNext[_next - 1];
            return true;
        }
    }

    static int FindSlot(uint[] keys, int[] heads, uint key)
    {
        int mask = keys.Length - 1;
        int slot = (int)(Tokens.Mix(key) & (uint)mask);
        while (heads[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    void GrowTable()
    {
        var keys = new uint[_keys.Length * 2];
        var heads = new int[_keys.Length * 2];
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_heads[i] == 0) continue;
            int slot = FindSlot(keys, heads, _keys[i]);
            keys[slot] = _keys[i];
            heads[slot] = _heads[i];
        }
        _keys = keys;
        _heads = heads;
    }
}
