using System.Text;
using Siberindo.Core.Stories;

namespace Siberindo.Bench.Stories;

/// <summary>
/// A synthetic news stream for the speed benchmark: Indonesian-looking words built from syllables and drawn with a Zipf
/// distribution, events with their own place, people, figures and date, a press release per event republished by 0-6
/// outlets (cut to the lead, reordered, light word swaps, own dateline and footer) and sometimes an independent report.
/// Time advances 15,000 articles a day, the order of magnitude of 1,000 outlets writing 10-15 stories each.
/// </summary>
sealed class SyntheticNews
{
    const int ArticlesPerDay = 15_000;
    static readonly string[] Syllables = ["ba", "ka", "ma", "pa", "ta", "la", "ra", "sa", "da", "ga", "na", "ja", "wa", "ya", "ri", "ti",
        "ni", "ki", "si", "lu", "mu", "tu", "ku", "su", "ber", "men", "pen", "kan", "an", "ngan", "lang", "tan", "dar", "pat", "rum", "bung"];
    static readonly int[] CopyCounts = [0, 0, 0, 1, 1, 2, 2, 3, 4, 6];

    readonly Random _random;
    readonly string[] _words;
    readonly double[] _cumulative;
    readonly string[] _names;
    readonly string[] _outlets;
    readonly Stack<StoryArticle> _pending = new();
    readonly DateTimeOffset _start = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
    long _nextId = 1;
    long _events;

    public SyntheticNews(int seed)
    {
        _random = new Random(seed);
        var words = new HashSet<string>();
        while (words.Count < 60_000) words.Add(Word(_random.Next(2, 5)));
        _words = words.ToArray();
        _cumulative = new double[_words.Length];
        double sum = 0;
        for (int i = 0; i < _words.Length; i++) _cumulative[i] = sum += 1.0 / (i + 1);
        var names = new HashSet<string>();
        while (names.Count < 30_000) names.Add(Capitalise(Word(_random.Next(2, 4))));
        _names = names.ToArray();
        _outlets = Enumerable.Range(0, 1000).Select(i => Word(3) + (i % 3 == 0 ? ".com" : i % 3 == 1 ? ".id" : ".net")).ToArray();
    }

    public StoryArticle Next()
    {
        if (_pending.Count == 0) NewEvent();
        return _pending.Pop();
    }

    DateTimeOffset Clock => _start.AddSeconds((_nextId - 1) * 86_400.0 / ArticlesPerDay);

    void NewEvent()
    {
        _events++;
        var when = Clock;
        var place = _names[_random.Next(_names.Length)];
        string[] entities = [place, place, _names[_random.Next(_names.Length)], _names[_random.Next(_names.Length)], _names[_random.Next(_names.Length)],
            _random.Next(10, 5000).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID")), "Rp" + _random.Next(10, 999) + " juta",
            _random.Next(2, 99).ToString(), $"({when.Day}/{when.Month}/{when.Year})"];
        var paragraphs = Enumerable.Range(0, _random.Next(4, 8)).Select(_ => Paragraph(entities, _random.Next(30, 50))).ToList();
        var title = string.Join(" ", Enumerable.Range(0, 8).Select(i => i == 2 ? place : Capitalise(ZipfWord())));

        var articles = new List<StoryArticle> { Article(title, place.ToUpperInvariant() + " \u2013 " + string.Join("\n\n", paragraphs), when) };
        int copies = CopyCounts[_random.Next(CopyCounts.Length)];
        for (int c = 0; c < copies; c++)
        {
            var kept = _random.Next(3) switch
            {
                0 => paragraphs.Take(_random.Next(2, 4)).ToList(),
                1 => paragraphs.OrderBy(_ => _random.Next()).ToList(),
                _ => paragraphs.ToList(),
            };
            var outlet = _outlets[_random.Next(_outlets.Length)];
            var body = $"{outlet}, {place}\u2014 " + string.Join("\n\n", kept.Select(SwapWords)) + $"\n\nIkuti berita terbaru {outlet} di Google News.";
            articles.Add(Article(title, body, when.AddMinutes(_random.Next(10, 600)), outlet));
        }
        if (_random.Next(10) < 3)
        {
            var own = Enumerable.Range(0, _random.Next(3, 6)).Select(_ => Paragraph(entities, _random.Next(25, 45)));
            articles.Add(Article(string.Join(" ", Enumerable.Range(0, 7).Select(_ => Capitalise(ZipfWord()))) + " " + place,
                place + "\u2014 " + string.Join("\n\n", own), when.AddMinutes(_random.Next(10, 600))));
        }
        for (int i = articles.Count - 1; i >= 0; i--) _pending.Push(articles[i]);
    }

    StoryArticle Article(string title, string body, DateTimeOffset published, string? outlet = null) =>
        new(_nextId++, outlet ?? _outlets[_random.Next(_outlets.Length)], title, body, published);

    string Paragraph(string[] entities, int length)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(_random.Next(12) == 0 ? entities[_random.Next(entities.Length)] : ZipfWord());
        }
        return sb.Append('.').ToString();
    }

    // Outlets retyping a release swap a few words for synonyms.
    string SwapWords(string paragraph) =>
        string.Join(' ', paragraph.Split(' ').Select(w => _random.Next(40) == 0 ? ZipfWord() : w));

    string ZipfWord()
    {
        int index = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
        return _words[index < 0 ? ~index : index];
    }

    string Word(int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[_random.Next(Syllables.Length)]));

    static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Writes <paramref name="count"/> articles as JSON Lines in the format of <c>siberindo import articles</c>.</summary>
    public static void WriteJsonl(TextWriter output, int count, int seed)
    {
        var news = new SyntheticNews(seed);
        for (int i = 0; i < count; i++)
        {
            var a = news.Next();
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                guid = $"N{a.Id}", outlet = a.Outlet, url = $"https://{a.Outlet}/{a.Id}", title = a.Title,
                published = a.Published.ToString("O", System.Globalization.CultureInfo.InvariantCulture), body = a.Body,
            }));
        }
    }
}
