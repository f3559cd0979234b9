using System.Text.Json;
using System.Text.Json.Serialization;

namespace Siberindo.Bench.Stories;

/// <summary>One line of the labelled corpus; only the article fields are read (labels are for the scorer).</summary>
sealed record CorpusArticle(
    [property: JsonPropertyName("guid")] string Guid,
    [property: JsonPropertyName("outlet")] string Outlet,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("published")] DateTimeOffset Published,
    [property: JsonPropertyName("body")] string Body)
{
    /// <summary>Labels, read only by diagnostics that compare signals with them (never by the index).</summary>
    [JsonPropertyName("story")] public string? Story { get; init; }
    [JsonPropertyName("dupGroup")] public string? DupGroup { get; init; }

    public static List<CorpusArticle> Load(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<CorpusArticle>(l)!).ToList();
}
