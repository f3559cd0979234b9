using System.Text;

namespace Siberindo.Bench.SearchSpeed;

/// <summary>
/// Generated Indonesian-looking news for the speed benchmark: real root words (the analyzer's hunspell-id list) in a
/// shuffled order, inflected with the common affixes (meN-, di-, ber-, ter-, peN-...-an, ke-...-an, -kan, -nya) with the
/// nasal assimilation rules, function words between them, capitalised place names. Calibrated to real news
/// (<see cref="NewsStatistics"/>): function words (stopwords) take their measured share of titles and bodies with their
/// measured frequencies, and the content roots follow a Zipf-Mandelbrot law whose exponent and offset are fitted so that the analysed terms'
/// document frequencies by rank match the corpus's. Not the corpus's prose: only its counts are used.
/// </summary>
internal sealed class IndonesianNews
{
    // Sentences of 10-19 words (mean 14.5); a title holds one place name besides its other words.
    private const double MeanSentenceWords = 14.5, PlaceShare = 0.05;
    private const int FittedRanks = 300;

    private readonly Random _random;
    private readonly string[] _roots;
    private readonly double[] _cumulative;
    private readonly string[] _places;
    private readonly string[] _functionWords;
    private readonly double[] _functionCumulative;
    private readonly NewsStatistics _statistics;
    private readonly int _titleWords, _sentences;

    /// <summary>The fitted Zipf-Mandelbrot law of content roots: weight of rank r is (r + Offset)^-Exponent.</summary>
    public double Exponent { get; }
    public double Offset { get; }

    public IndonesianNews(string rootsFile, NewsStatistics statistics, int seed)
    {
        _random = new Random(seed);
        _statistics = statistics;
        _roots = File.ReadLines(rootsFile).Select(l => l.Trim()).Where(l => l.Length >= 3 && l.All(char.IsAsciiLetterLower)).ToArray();
        _random.Shuffle(_roots);
        _functionWords = statistics.Stopwords.Select(s => s.Word).ToArray();
        _functionCumulative = Cumulative(statistics.Stopwords.Select(s => (double)s.Count));
        // Lengths as the corpus's: document frequencies cannot match real news with shorter articles.
        _titleWords = (int)Math.Round(statistics.TitleWords) - 1;
        _sentences = Math.Max(2, (int)Math.Round(statistics.BodyWords / MeanSentenceWords));
        var contentPerArticle = _titleWords * (1 - statistics.TitleStopwordShare) +
            _sentences * MeanSentenceWords * (1 - statistics.BodyStopwordShare) * (1 - PlaceShare);
        (Exponent, Offset) = FitLaw(statistics.ContentDocumentShareByRank, _roots.Length, contentPerArticle);
        _cumulative = Cumulative(Enumerable.Range(1, _roots.Length).Select(r => Math.Pow(r + Offset, -Exponent)));
        _places = Enumerable.Range(0, 2000).Select(_ => Capitalise(_roots[_random.Next(_roots.Length)])).ToArray();
    }

    // Least squares between log document shares by rank (the corpus's first ranks) over a grid of laws.
    private static (double Exponent, double Offset) FitLaw(double[] corpusShares, int roots, double contentPerArticle)
    {
        var ranks = Math.Min(FittedRanks, corpusShares.Length);
        var best = (Exponent: 1.0, Offset: 0.0, Error: double.MaxValue);
        foreach (var q in (double[])[0, 1, 2, 4, 8, 16, 32, 64])
        {
            for (var s = 0.30; s <= 1.60; s += 0.01)
            {
                var normaliser = 0.0;
                for (var r = 1; r <= roots; r++) normaliser += Math.Pow(r + q, -s);
                var error = 0.0;
                for (var r = 1; r <= ranks; r++)
                {
                    var share = 1 - Math.Pow(1 - Math.Pow(r + q, -s) / normaliser, contentPerArticle);
                    var d = Math.Log(share) - Math.Log(corpusShares[r - 1]);
                    error += d * d;
                }
                if (error < best.Error) best = (s, q, error);
            }
        }
        return (best.Exponent, best.Offset);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        double sum = 0;
        return weights.Select(w => sum += w).ToArray();
    }

    public string Title()
    {
        var words = new List<string>();
        var count = _random.Next(_titleWords * 6 / 10, _titleWords * 14 / 10 + 1);
        for (var i = 0; i < count; i++) words.Add(_random.NextDouble() < _statistics.TitleStopwordShare ? FunctionWord() : Word());
        words.Insert(_random.Next(words.Count), _places[_random.Next(_places.Length)]);
        words[0] = Capitalise(words[0]);
        return string.Join(' ', words);
    }

    public string Body()
    {
        var text = new StringBuilder(2000);
        var sentences = _random.Next(_sentences * 6 / 10, _sentences * 14 / 10 + 1);
        for (var s = 0; s < sentences; s++)
        {
            var words = _random.Next(10, 20);
            for (var w = 0; w < words; w++)
            {
                var word = _random.NextDouble() < _statistics.BodyStopwordShare ? FunctionWord()
                    : _random.NextDouble() < PlaceShare ? _places[_random.Next(_places.Length)] : Word();
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

    private string FunctionWord() => _functionWords[Draw(_functionCumulative)];

    private int Zipf() => Draw(_cumulative);

    private int Draw(double[] cumulative)
    {
        var x = _random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return i >= 0 ? i : Math.Min(~i, cumulative.Length - 1);
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
