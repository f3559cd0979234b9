namespace Siberindo.Bench.Search;

/// <summary>The baseline: lowercase and split at anything that is not a letter or digit; no stopwords, no stemming.</summary>
internal static class NaiveAnalyzer
{
    public static List<string> Analyze(string text)
    {
        var terms = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                terms.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return terms;
    }
}
