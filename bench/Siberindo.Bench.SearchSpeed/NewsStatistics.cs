using System.Text.Json;
using System.Text.RegularExpressions;
using Siberindo.Core.Text;

namespace Siberindo.Bench.SearchSpeed;

/// <summary>
/// Term statistics of real Indonesian news, counted at run time from the shared evaluation corpus (only counts are
/// kept, never text): how often each function word occurs, what share of the words are function words, and the
/// document frequency of the analysed content terms by rank. The generator is calibrated to them.
/// </summary>
internal sealed partial record NewsStatistics(
    int Documents, double BodyStopwordShare, double TitleStopwordShare, IReadOnlyList<(string Word, long Count)> Stopwords,
    double[] ContentDocumentShareByRank, double BodyWords, double TitleWords)
{
    public static NewsStatistics Measure(string corpusFolder)
    {
        var files = Directory.Exists(corpusFolder) ? Directory.GetFiles(corpusFolder, "*.jsonl") : [];
        var articles = files.Where(f => !Path.GetFileName(f).Contains("queries", StringComparison.Ordinal))
            .SelectMany(File.ReadLines).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Title: e.GetProperty("title").GetString() ?? "", Body: e.GetProperty("body").GetString() ?? ""))
            .ToList();
        if (articles.Count < 50)
            throw new InvalidOperationException($"Calibration needs the news corpus (*.jsonl) in {corpusFolder}; pass --corpus FOLDER.");

        var stopwords = new Dictionary<string, long>(StringComparer.Ordinal);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        long bodyWords = 0, bodyStop = 0, titleWords = 0, titleStop = 0;
        var analyzer = IndonesianAnalyzer.Default;
        foreach (var (title, body) in articles)
        {
            foreach (var (text, isTitle) in new[] { (title, true), (body, false) })
            {
                foreach (Match word in Word().Matches(text.ToLowerInvariant()))
                {
                    var stop = IndonesianStopwords.Contains(word.Value);
                    if (stop) stopwords[word.Value] = stopwords.GetValueOrDefault(word.Value) + 1;
                    if (isTitle) { titleWords++; if (stop) titleStop++; }
                    else { bodyWords++; if (stop) bodyStop++; }
                }
            }
            foreach (var term in analyzer.Analyze(title + "\n" + body).Where(t => t.All(char.IsAsciiLetterLower)).ToHashSet())
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }
        var shares = documentFrequency.Values.OrderDescending().Select(df => df / (double)articles.Count).ToArray();
        return new NewsStatistics(articles.Count, bodyStop / (double)bodyWords, titleStop / (double)titleWords,
            stopwords.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)).ToList(), shares,
            bodyWords / (double)articles.Count, titleWords / (double)articles.Count);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
