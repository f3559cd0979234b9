using System.Text.Json.Nodes;

/// <summary>The baseline's label threshold: the top score that maximises label F1 on the corpus's labels.</summary>
static class Bm25Threshold
{
    public static double TuneForF1(List<(string Guid, List<(string Claim, double Score)> Ranked)> ranked, string articlesPath)
    {
        var truth = File.ReadLines(articlesPath).Where(l => l.Trim().Length > 0).Select(l => JsonNode.Parse(l)!.AsObject())
            .ToDictionary(o => (string)o["guid"]!, o => (string?)o["claim"]);
        var matches = truth.Values.Count(v => v is not null);
        var best = (F1: -1.0, Threshold: 0.0);
        foreach (var t in ranked.Where(r => r.Ranked.Count > 0).Select(r => r.Ranked[0].Score).Distinct())
        {
            var labelled = ranked.Where(r => r.Ranked.Count > 0 && r.Ranked[0].Score >= t).ToList();
            var right = labelled.Count(r => truth[r.Guid] == r.Ranked[0].Claim);
            var p = labelled.Count == 0 ? 0 : (double)right / labelled.Count;
            var rec = (double)right / matches;
            var f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
            if (f1 > best.F1) best = (f1, t);
        }
        return best.Threshold;
    }
}
