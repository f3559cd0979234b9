using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Siberindo.Outlets;

namespace Siberindo.FactChecks;

/// <summary>A fact-check as an import file gives it, before the registry stores it.</summary>
public sealed record FactCheckDraft(string? ExternalId, string Title, string ClaimReviewed, string? Claimant, string? Appearances,
    DateTime? ClaimFirstSeen, FactCheckRating Rating, string? RatingOriginal, FactCheckCategory Category, string Explanation, string Body,
    string? EvidenceLinks, string Reviewer, string? ProvinceCode, DateTime? Published);

/// <summary>
/// schema.org <c>ClaimReview</c> in and out. Reads one JSON-LD document (an object, an array, or a <c>@graph</c>),
/// JSON lines of such objects, or the evaluation corpus's <c>claims.jsonl</c> (its <c>claim</c> field is the external
/// id). Writes the fields Google's Fact Check Explorer reads: <c>claimReviewed</c>, <c>reviewRating</c> with
/// <c>alternateName</c>, <c>url</c>, <c>author</c>, <c>datePublished</c>, <c>itemReviewed</c> as a <c>Claim</c>.
/// </summary>
public static class ClaimReviewJson
{
    public static (List<FactCheckDraft> Drafts, List<RowError> Errors) Read(string text)
    {
        var drafts = new List<FactCheckDraft>();
        var errors = new List<RowError>();
        // One document (an object, possibly pretty-printed, an array, a @graph); otherwise one object per line.
        if (TryParse(text) is { } document)
        {
            ReadNode(document, 1, drafts, errors);
            return (drafts, errors);
        }
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try { ReadNode(JsonNode.Parse(line), number, drafts, errors); }
            catch (JsonException e) { errors.Add(new RowError(number, $"not valid JSON: {e.Message}")); }
        }
        return (drafts, errors);
    }

    static JsonNode? TryParse(string text) { try { return JsonNode.Parse(text); } catch (JsonException) { return null; } }

    static void ReadNode(JsonNode? node, int line, List<FactCheckDraft> drafts, List<RowError> errors)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) ReadNode(item, line, drafts, errors);
                return;
            case JsonObject o when o["@graph"] is JsonArray graph:
                foreach (var item in graph) ReadNode(item, line, drafts, errors);
                return;
            case JsonObject o:
                var (draft, error) = o.ContainsKey("claim") && o.ContainsKey("claimReviewed") && !o.ContainsKey("@type") ? FromCorpus(o) : FromClaimReview(o);
                if (draft is not null) drafts.Add(draft);
                else errors.Add(new RowError(line, error!));
                return;
            default:
                errors.Add(new RowError(line, "not a JSON object: expected a ClaimReview object, an array of them, or a @graph"));
                return;
        }
    }

    static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    static string? NameOf(JsonNode? n) => n switch
    {
        JsonArray a => a.Select(NameOf).FirstOrDefault(s => s is not null),
        JsonObject o => Str(o["name"]),
        _ => Str(n),
    };

    static DateTime? Date(string? s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.UtcDateTime : null;

    static (FactCheckDraft?, string?) FromCorpus(JsonObject o)
    {
        var claim = Str(o["claimReviewed"]);
        if (claim is null) return (null, "claimReviewed is empty");
        var ratingName = Str(o["rating"]) ?? Str(o["verdict"]);
        var rating = RatingNames.Map(ratingName);
        if (rating == FactCheckRating.Unclassified && Str(o["verdict"]) is { } verdict) rating = RatingNames.Map(verdict);
        var body = Str(o["body"]) ?? "";
        return (new FactCheckDraft(Str(o["claim"]), Str(o["title"]) ?? claim, claim, null, null, null, rating,
            rating == FactCheckRating.Unclassified ? ratingName : null, FactCheckCategories.Guess(claim + " " + body),
            Str(o["ratingExplanation"]) ?? "", body, null, Str(o["reviewer"]) ?? "Tim Cek Fakta", null, Date(Str(o["datePublished"]))), null);
    }

    static (FactCheckDraft?, string?) FromClaimReview(JsonObject o)
    {
        var type = o["@type"] switch { JsonArray a => a.Select(Str).FirstOrDefault(t => t == "ClaimReview"), var t => Str(t) };
        if (type != "ClaimReview") return (null, $"@type is {type ?? "missing"}, not ClaimReview");
        var claim = Str(o["claimReviewed"]);
        if (claim is null) return (null, "claimReviewed is missing (a ClaimReview requires it)");
        var ratingNode = o["reviewRating"] as JsonObject;
        var ratingName = Str(ratingNode?["alternateName"]) ?? Str(ratingNode?["name"]);
        if (ratingName is null) return (null, "reviewRating.alternateName is missing (a ClaimReview requires it)");
        var rating = RatingNames.Map(ratingName);
        var item = o["itemReviewed"] as JsonObject;
        var appearances = new List<string>();
        foreach (var key in new[] { "firstAppearance", "appearance" })
            foreach (var a in item?[key] is JsonArray list ? list.ToList() : [item?[key]])
                if ((a is JsonObject ao ? Str(ao["url"]) : Str(a)) is { } url && Uri.TryCreate(url, UriKind.Absolute, out _) && !appearances.Contains(url)) appearances.Add(url);
        var firstSeen = Date(Str(item?["datePublished"])) ?? Date(Str((item?["firstAppearance"] as JsonObject)?["datePublished"]));
        var body = Str(o["reviewBody"]) ?? Str(o["description"]) ?? "";
        var explanation = Str(ratingNode?["ratingExplanation"]) ?? Str(o["description"]) ?? "";
        var title = Str(o["headline"]) ?? Str(o["name"]) ?? claim;
        return (new FactCheckDraft(Str(o["url"]) ?? Str(o["@id"]), title, claim, NameOf(item?["author"]),
            appearances.Count > 0 ? string.Join('\n', appearances) : null, firstSeen, rating,
            rating == FactCheckRating.Unclassified || !string.Equals(ratingName, RatingNames.Label(rating), StringComparison.OrdinalIgnoreCase) ? ratingName : null,
            FactCheckCategories.Guess(claim + " " + body), explanation, body, null, NameOf(o["author"]) ?? "Mitra cek fakta", null,
            Date(Str(o["datePublished"]))), null);
    }

    /// <summary>A fact-check as a ClaimReview node (its page's absolute URL given).</summary>
    public static JsonObject Write(FactCheck f, string pageUrl, string publisherName)
    {
        var item = new JsonObject
        {
            ["@type"] = "Claim",
            ["datePublished"] = f.ClaimFirstSeen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (f.Claimant is { } claimant) item["author"] = new JsonObject { ["@type"] = "Person", ["name"] = claimant };
        var appearances = (f.Appearances ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (appearances.Length > 0)
        {
            item["firstAppearance"] = new JsonObject { ["@type"] = "CreativeWork", ["url"] = appearances[0] };
            item["appearance"] = new JsonArray(appearances.Select(a => (JsonNode)new JsonObject { ["@type"] = "CreativeWork", ["url"] = a }).ToArray());
        }
        if (item["datePublished"] is null) item.Remove("datePublished");
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = pageUrl,
            ["headline"] = f.Title,
            ["claimReviewed"] = f.ClaimReviewed,
            ["datePublished"] = f.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dateModified"] = f.Updated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = f.Reviewer },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisherName },
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["alternateName"] = f.IsHoax ? $"Hoaks: {RatingNames.Label(f.Rating)}" : "Benar",
                ["ratingValue"] = f.IsHoax ? 1 : 5,
                ["bestRating"] = 5,
                ["worstRating"] = 1,
                ["ratingExplanation"] = f.Explanation,
            },
            ["itemReviewed"] = item,
        };
    }
}
