using System.Text.Json;
using System.Text.Json.Serialization;

namespace Siberindo.Bench.Search;

/// <summary>An article of the evaluation corpus; the label fields (story, dupGroup, kind) are deliberately not read.</summary>
internal sealed record CorpusArticle(
    [property: JsonPropertyName("guid")] string Guid,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body);

/// <summary>A reader's query; its story label is left to the scoring script.</summary>
internal sealed record CorpusQuery([property: JsonPropertyName("q")] string Text);

internal static class Corpus
{
    public static List<T> ReadJsonLines<T>(string path)
    {
        var items = new List<T>();
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                items.Add(JsonSerializer.Deserialize<T>(line) ?? throw new InvalidDataException($"Bad line in {path}"));
            }
        }

        return items;
    }

    public static void WriteResults(string path, IEnumerable<(string Query, IReadOnlyList<string> Guids)> results)
    {
        using var writer = new StreamWriter(path);
        foreach (var (query, guids) in results)
        {
            writer.WriteLine(JsonSerializer.Serialize(new { q = query, results = guids }));
        }
    }
}
