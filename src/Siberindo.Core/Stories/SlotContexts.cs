namespace Siberindo.Core.Stories;

/// <summary>
/// Where two texts say the same thing about possibly different places, people and figures. Each run of consecutive
/// names (capitalised words), and each run of figures, in a paragraph is a <em>slot</em> (apart, so that "Rp 60.000"
/// and "Rp 45.000" line up as the same name with another figure); the paragraph becomes a stream of words and
/// slots, and every run of <see cref="Shingles.Size"/> items with a slot in it is a context, stored as
/// (hash with the slots masked &lt;&lt; 32) | (hash with the slots' own words). Two articles sharing a masked context
/// have the same sentence around a slot; whether the full hashes match says whether they fill it alike.
/// A copy carries its places, names and figures along (near 100 % alike); routine news written from one template in
/// many regencies ("Harga cabai rawit di Pasar X, Kabupaten X, ...") shares the wording but fills most slots
/// differently. Runs collapse to one slot so that "Kabupaten Luwu Utara" and "Kabupaten Sidoarjo" line up.
/// Titles are left out: a title-case headline is one long slot that says nothing about its parts.
/// </summary>
public static class SlotContexts
{
    const ulong NamePlaceholder = 0x6A09E667F3BCC909, FigurePlaceholder = 0xBB67AE8584CAA73B;

    /// <summary>Appends the contexts of one paragraph's tokens to <paramref name="output"/>.</summary>
    public static void Add(ReadOnlySpan<Token> tokens, List<ulong> output, List<(ulong Masked, ulong Exact)> stream)
    {
        stream.Clear();
        for (int i = 0; i < tokens.Length;)
        {
            if (!IsSlot(tokens[i])) { stream.Add((tokens[i].Hash, tokens[i].Hash)); i++; continue; }
            bool figure = tokens[i].IsNumber;
            ulong exact = 0x452821E638D01377;
            while (i < tokens.Length && IsSlot(tokens[i]) && tokens[i].IsNumber == figure) exact = Tokens.Mix(exact ^ tokens[i++].Hash);
            stream.Add((figure ? FigurePlaceholder : NamePlaceholder, exact));
        }
        int size = Math.Min(Shingles.Size, stream.Count);
        for (int i = 0; i + size <= stream.Count; i++)
        {
            ulong masked = 0x243F6A8885A308D3, exact = masked;
            bool slot = false;
            for (int k = i; k < i + size; k++)
            {
                masked = Tokens.Mix(masked ^ stream[k].Masked);
                exact = Tokens.Mix(exact ^ stream[k].Exact);
                slot |= stream[k].Masked is NamePlaceholder or FigurePlaceholder;
            }
            if (slot) output.Add((masked & 0xFFFFFFFF00000000UL) | (exact >> 32));
        }
    }

    // A capitalised word that is neither a function word ("Dalam", "Para") nor a sentence's first word (capitalised
    // whatever it is: "Polisi menyita ..."), or any figure: "9 provinsi" and "29 provinsi" are two releases.
    static bool IsSlot(Token t) => t.IsNumber || t.Capitalised && !t.IsStopword && !t.StartsSentence;
}
