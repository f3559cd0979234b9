namespace Siberindo.Core.Stories;

/// <summary>
/// Learns each outlet's own boilerplate: a paragraph that an outlet has already published in two other articles is its
/// standard footer, slogan or disclaimer, not story text. Generic patterns (<see cref="Boilerplate"/>) cannot know
/// every outlet's wording; repetition within one outlet's output can. Not thread-safe; owned by <see cref="StoryIndex"/>.
/// </summary>
public sealed class OutletFooters
{
    /// <summary>Seen in this many earlier articles of the same outlet means boilerplate. Two, because one repeat can be
    /// chance (a follow-up quoting its own earlier paragraph) while an outlet footer repeats in every article.</summary>
    public const int RepeatsToLearn = 2;

    // Bounded so that a busy outlet's one-off paragraphs do not grow without limit.
    const int MaxParagraphsPerOutlet = 512;

    readonly Dictionary<string, Dictionary<ulong, int>> _seen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Removes paragraphs learnt as the outlet's boilerplate, then learns from this article.</summary>
    public List<string> RemoveAndLearn(string outlet, List<string> paragraphs, out ulong[] hashes)
    {
        var counts = CountsOf(outlet);
        hashes = new ulong[paragraphs.Count];
        var kept = new List<string>(paragraphs.Count);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            hashes[i] = Tokens.TextHash(paragraphs[i]);
            if (counts.TryGetValue(hashes[i], out var n) && n >= RepeatsToLearn) continue;
            kept.Add(paragraphs[i]);
        }
        Learn(outlet, hashes);

        // Never return an empty article: if everything looked like boilerplate, the text itself is what we have.
        return kept.Count > 0 ? kept : paragraphs;
    }

    /// <summary>Learns from an article's paragraph hashes (also used to rebuild the state from stored fingerprints).</summary>
    public void Learn(string outlet, ulong[] hashes)
    {
        var counts = CountsOf(outlet);
        if (counts.Count + hashes.Length > MaxParagraphsPerOutlet)
        {
            foreach (var key in counts.Where(kv => kv.Value < RepeatsToLearn).Select(kv => kv.Key).ToList()) counts.Remove(key);
        }
        foreach (var h in hashes.Distinct()) counts[h] = counts.GetValueOrDefault(h) + 1;
    }

    Dictionary<ulong, int> CountsOf(string outlet)
    {
        if (!_seen.TryGetValue(outlet, out var counts)) _seen[outlet] = counts = new Dictionary<ulong, int>();
        return counts;
    }
}
