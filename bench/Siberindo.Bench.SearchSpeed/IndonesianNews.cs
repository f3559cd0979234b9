using System.Text;

namespace Siberindo.Bench.SearchSpeed;

/// <summary>
/// Generated Indonesian-looking news for the speed benchmark: real root words (the analyzer's hunspell-id list) drawn
/// with a Zipf distribution in a shuffled order, inflected with the common affixes (meN-, di-, ber-, ter-, peN-...-an,
/// ke-...-an, -kan, -i, -nya) with the nasal assimilation rules, function words between them, capitalised place names.
/// Not the shared corpus's prose; the point is a realistic spread of term frequencies and word forms.
/// </summary>
internal sealed class IndonesianNews
{
    private static readonly string[] FunctionWords =
        ["yang", "di", "dan", "ini", "itu", "untuk", "dengan", "pada", "dari", "ke", "dalam", "akan", "tidak", "juga", "oleh", "telah", "sudah", "karena"];

    private readonly Random _random;
    private readonly string[] _roots;
    private readonly double[] _cumulative;
    private readonly string[] _places;

    public IndonesianNews(string rootsFile, int seed)
    {
        _random = new Random(seed);
        _roots = File.ReadLines(rootsFile).Select(l => l.Trim()).Where(l => l.Length >= 3 && l.All(char.IsAsciiLetterLower)).ToArray();
        _random.Shuffle(_roots);
        _cumulative = new double[_roots.Length];
        double sum = 0;
        for (var i = 0; i < _roots.Length; i++) _cumulative[i] = sum += 1.0 / (i + 1);
        _places = Enumerable.Range(0, 2000).Select(_ => Capitalise(_roots[_random.Next(_roots.Length)])).ToArray();
    }

    public string Title()
    {
        var words = new List<string>();
        var count = _random.Next(5, 10);
        for (var i = 0; i < count; i++) words.Add(Word());
        words.Insert(_random.Next(words.Count), _places[_random.Next(_places.Length)]);
        words[0] = Capitalise(words[0]);
        return string.Join(' ', words);
    }

    public string Body()
    {
        var text = new StringBuilder(900);
        var sentences = _random.Next(4, 8);
        for (var s = 0; s < sentences; s++)
        {
            var words = _random.Next(10, 20);
            for (var w = 0; w < words; w++)
            {
                var word = _random.NextDouble() < 0.3 ? FunctionWords[_random.Next(FunctionWords.Length)]
                    : _random.NextDouble() < 0.05 ? _places[_random.Next(_places.Length)] : Word();
                text.Append(w == 0 ? Capitalise(word) : word).Append(w == words - 1 ? ". " : " ");
            }
        }
        return text.ToString().TrimEnd();
    }

    private string Word()
    {
        var root = _roots[Zipf()];
        return _random.Next(10) switch
        {
            0 or 1 => Nasal("me", root) + (_random.Next(3) == 0 ? "kan" : ""),
            2 => "di" + root + (_random.Next(2) == 0 ? "kan" : ""),
            3 => "ber" + root,
            4 => Nasal("pe", root) + "an",
            5 => _random.Next(2) == 0 ? "ke" + root + "an" : "ter" + root,
            6 => root + "nya",
            _ => root,
        };
    }

    // meN-/peN-: b p f -> m(p dropped); t -> n (t dropped); s -> ny (s dropped); k -> ng (k dropped);
    // vowels g h -> ng; c d j z -> n; l m n r w y -> nothing.
    private static string Nasal(string prefix, string root) => root[0] switch
    {
        'b' or 'f' => prefix + "m" + root,
        'p' => prefix + "m" + root[1..],
        't' => prefix + "n" + root[1..],
        's' => prefix + "ny" + root[1..],
        'k' => prefix + "ng" + root[1..],
        'a' or 'e' or 'i' or 'o' or 'u' or 'g' or 'h' => prefix + "ng" + root,
        'c' or 'd' or 'j' or 'z' => prefix + "n" + root,
        _ => prefix + root,
    };

    private int Zipf()
    {
        var x = _random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return i >= 0 ? i : Math.Min(~i, _cumulative.Length - 1);
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
