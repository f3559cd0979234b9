namespace Siberindo.Core.Stories;

/// <summary>
/// Everything the story index needs from an article, as plain values that the application stores next to the article
/// and hands back to <see cref="StoryIndex.Restore"/> at startup (no text has to be re-analysed).
/// </summary>
/// <param name="Shingles">Sorted distinct 32-bit hashes of word 4-shingles of the cleaned title and body; the lowest bit
/// is 1 when the shingle contains a number (see <see cref="Shingles"/>).</param>
/// <param name="SlotContexts">Sorted contexts of the body's places, names and figures (<see cref="Stories.SlotContexts"/>),
/// to tell copies (same sentences, same slots) from template re-runs (same sentences about another place or event).</param>
/// <param name="ParagraphHashes">Hashes of the content paragraphs before outlet-footer learning, so that a restored
/// index learns the same outlet footers as the one that produced the fingerprint.</param>
/// <param name="Places">Sorted ids of the regencies and villages the article names (<see cref="PlaceNames"/>).</param>
/// <param name="Terms">Event terms for story similarity, each packed as (term hash &lt;&lt; 32) | weighted count.</param>
public sealed record ArticleFingerprint(
    long Id,
    string Outlet,
    string Title,
    DateTimeOffset Published,
    uint[] Shingles,
    ulong[] SlotContexts,
    ulong[] Terms,
    ulong[] ParagraphHashes,
    uint[] Places);
