using System.Text.Json;
using System.Text.Json.Nodes;
using Siberindo.Core.FactChecks;

/// <summary>The claims-dev corpus files: claims.jsonl (fact-checks) and the import-articles JSONL (labels ignored).</summary>
static class Corpus
{
    public sealed record Article(string Guid, string Title, string Body, DateTimeOffset? Published);

    public static List<(string Key, ClaimText Text)> Claims(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select((line, i) =>
        {
            var o = JsonNode.Parse(line)!.AsObject();
            var review = string.Join("\n\n", new[] { (string?)o["ratingExplanation"], (string?)o["body"] }.Where(s => s is not null));
            DateTimeOffset? date = DateTimeOffset.TryParse((string?)o["datePublished"], out var d) ? d : null;
            return ((string)o["claim"]!, new ClaimText(i + 1, (string)o["claimReviewed"]!, (string?)o["title"] ?? "", review, date));
        }).ToList();

    public static List<Article> Articles(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(line =>
        {
            var o = JsonNode.Parse(line)!.AsObject();
            DateTimeOffset? date = DateTimeOffset.TryParse((string?)o["published"], out var d) ? d : null;
            return new Article((string)o["guid"]!, (string?)o["title"] ?? "", (string?)o["body"] ?? (string?)o["summary"] ?? "", date);
        }).ToList();

    public static string PredictionLine(string guid, IEnumerable<(string Claim, double Score)> matches, string? label) =>
        JsonSerializer.Serialize(new
        {
            guid,
            matches = matches.Select(m => new { claim = m.Claim, score = Math.Round(m.Score, 4) }),
            label,
        });
}
