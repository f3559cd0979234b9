namespace Siberindo.Core.Stories;

/// <summary>
/// Finds where an article's event happens: provinces, regencies and cities by their names in the region catalog ("Sidoarjo",
/// "Luwu Utara", "Kota Batu" as "Batu"), and villages, wards and districts named after their marker ("Desa Padasuka",
/// "Kelurahan Nyomplong", "Kecamatan Cikajang"). Routine news is written from the same phrases in hundreds of
/// regencies; where two reports name different places they report different events, however alike their words.
/// Names are matched only where capitalised, so "batu" (stone) is not Kota Batu. Immutable and thread-safe.
/// </summary>
public sealed class PlaceNames
{
    // The lowest two bits of an id say its kind, so that only places of one kind are compared.
    const uint KindMask = 3;
    public enum Kind : uint { Regency = 0, Village = 1, Province = 2 }

    const int MaxLocalNameTokens = 3;

    static readonly HashSet<ulong> LocalMarkers = new[]
    {
        "desa", "kelurahan", "kecamatan", "distrik", "kampung", "nagari", "gampong", "dusun", "nagori", "lembang",
    }.Select(Tokens.Hash).ToHashSet();

    // Regency and province names by their first token; each entry is the rest of the name's tokens and the place id.
    readonly Dictionary<ulong, List<(ulong[] Tail, uint Id)>> _regencies = [];

    public static readonly PlaceNames None = new([], []);

    /// <param name="regencyNames">Regency and city names as the catalog writes them ("Kabupaten Luwu Utara",
    /// "Kota Batu"); the "Kabupaten"/"Kota" prefix is dropped, so a kabupaten and the kota of one name are one place.</param>
    /// <param name="provinceNames">Province names ("Sumatera Utara", "Kalimantan Tengah").</param>
    public PlaceNames(IEnumerable<string> regencyNames, IEnumerable<string> provinceNames)
    {
        var tokens = new List<Token>();
        foreach (var (name, kind) in regencyNames.Select(n => (n, Kind.Regency)).Concat(provinceNames.Select(n => (n, Kind.Province))))
        {
            tokens.Clear();
            Tokens.Tokenize(StripPrefix(name), tokens);
            if (tokens.Count == 0) continue;
            var hashes = tokens.Select(t => t.Hash).ToArray();
            if (!_regencies.TryGetValue(hashes[0], out var entries)) _regencies[hashes[0]] = entries = [];
            var rest = hashes[1..];
            if (entries.Any(e => e.Tail.AsSpan().SequenceEqual(rest))) continue;
            entries.Add((rest, Id(hashes, kind)));
            entries.Sort((a, b) => b.Tail.Length.CompareTo(a.Tail.Length)); // longest name first
        }
    }

    /// <summary>Adds the ids of the places named in <paramref name="tokens"/> to <paramref name="places"/>. In a
    /// title-case headline every word is capitalised, so villages are taken only from the body
    /// (<paramref name="villages"/> false for a title).
    /// Words of the regency and province names found go to <paramref name="nameWords"/>: a shared regency says where,
    /// not what happened, so it is the place check's evidence and not the similarity's.</summary>
    public void Find(ReadOnlySpan<Token> tokens, HashSet<uint> places, HashSet<ulong> nameWords, bool villages = true)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!t.Capitalised) continue;
            if (villages && LocalMarkers.Contains(t.Hash) && i + 1 < tokens.Length && tokens[i + 1].Capitalised && !tokens[i + 1].IsStopword)
            {
                int end = i + 1;
                while (end < tokens.Length && end - i <= MaxLocalNameTokens && tokens[end].Capitalised && !tokens[end].IsStopword
                       && !LocalMarkers.Contains(tokens[end].Hash)) end++;
                var name = new ulong[end - i - 1];
                for (int k = 0; k < name.Length; k++) name[k] = tokens[i + 1 + k].Hash;
                places.Add(Id(name, Kind.Village));
                i = end - 1;
                continue;
            }
            if (!_regencies.TryGetValue(t.Hash, out var entries)) continue;
            foreach (var (rest, id) in entries)
            {
                if (i + rest.Length >= tokens.Length) continue;
                bool match = true;
                for (int k = 0; k < rest.Length && match; k++) match = tokens[i + 1 + k].Hash == rest[k] && tokens[i + 1 + k].Capitalised;
                if (!match) continue;
                places.Add(id);
                nameWords.Add(t.Hash);
                foreach (var word in rest) nameWords.Add(word);
                i += rest.Length;
                break;
            }
        }
    }

    /// <summary>True when two articles report from different places: both name a province, a regency or a village,
    /// and they share none of that kind. Ids are sorted.</summary>
    public static bool Elsewhere(uint[] a, uint[] b) =>
        Disjoint(a, b, Kind.Province) || Disjoint(a, b, Kind.Regency) || Disjoint(a, b, Kind.Village);

    /// <summary>Like <see cref="Elsewhere"/> for provinces and regencies only: a copy that took its lead from another
    /// report may name that report's village, but it never moves the event to another regency.</summary>
    public static bool InAnotherRegion(uint[] a, uint[] b) => Disjoint(a, b, Kind.Province) || Disjoint(a, b, Kind.Regency);

    static bool Disjoint(uint[] a, uint[] b, Kind kind)
    {
        bool anyA = false, anyB = false;
        foreach (var p in a)
        {
            if (KindOf(p) != kind) continue;
            anyA = true;
            if (Array.BinarySearch(b, p) >= 0) return false;
        }
        foreach (var p in b) if (KindOf(p) == kind) { anyB = true; break; }
        return anyA && anyB;
    }

    static Kind KindOf(uint place) => (Kind)(place & KindMask);

    public static bool IsRegency(uint place) => KindOf(place) == Kind.Regency;

    static string StripPrefix(string name)
    {
        foreach (var prefix in (string[])["Kabupaten ", "Kota ", "Kab. "])
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return name[prefix.Length..];
        return name;
    }

    static uint Id(ulong[] name, Kind kind)
    {
        ulong h = 0x13198A2E03707344;
        foreach (var t in name) h = Tokens.Mix(h ^ t);
        return ((uint)(h >> 32) & ~KindMask) | (uint)kind;
    }
}
