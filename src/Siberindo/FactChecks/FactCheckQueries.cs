using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Text;
using Siberindo.Storage;

namespace Siberindo.FactChecks;

/// <summary>A label the portal puts on an article: the check it repeats (a hoax label) or checks (a link as such).</summary>
public sealed record FactCheckLabel(long FactCheckId, string Slug, string Title, bool IsHoax, string Verdict, MatchRelation Relation,
    string? RatingOriginal)
{
    public string Url => FactCheckPages.Url(FactCheckId, Slug);

    /// <summary>The check's title as the label shows it after the verdict. Checkers often open titles with their rating
    /// in brackets ("[HOAKS] ...", "[SALAH] ..."), which the label has just said, so that prefix is left out when it is
    /// the label's verdict or the check's own rating. Any other bracket ("[VIDEO]") says something more and is kept.</summary>
    public string TitleAfterVerdict
    {
        get
        {
            if (!Title.StartsWith('[') || Title.IndexOf(']') is var close && close < 2) return Title;
            var bracketed = Title[1..close].Trim();
            var rest = Title[(close + 1)..].TrimStart();
            var isRating = bracketed.Equals(Verdict, StringComparison.OrdinalIgnoreCase)
                           || (RatingOriginal is { Length: > 0 } own && bracketed.Equals(own.Trim(), StringComparison.OrdinalIgnoreCase));
            return isRating && rest.Length > 0 ? rest : Title;
        }
    }
}

/// <summary>An article matched with a check, as the check's page and the desk list it.</summary>
public sealed record MatchedArticle(long MatchId, long ArticleId, string Title, string OutletName, DateTime Published, double Score, MatchRelation Relation, MatchState State);

/// <summary>What public pages read: the published checks, a search over them, matched articles, labels of article lists.</summary>
public sealed class FactCheckQueries(SiberindoDb db)
{
    public const int PageSize = 20;

    public IQueryable<FactCheck> Published() => db.Set<FactCheck>().AsNoTracking();

    /// <summary>Checks newest first; with a query, those whose claim, title or explanation hold every analysed term
    /// (the registry is small next to the news: a scan of a few thousand rows, analysed as search analyses articles).</summary>
    public async Task<List<FactCheck>> ListAsync(string? query, int page, CancellationToken ct)
    {
        var checks = Published().OrderByDescending(f => f.Published).ThenByDescending(f => f.Id);
        if (string.IsNullOrWhiteSpace(query)) return await checks.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var terms = IndonesianAnalyzer.Default.AnalyzeQuery(query).Distinct().ToList();
        if (terms.Count == 0) return [];
        var all = await checks.ToListAsync(ct);
        return all.Where(f =>
        {
            var text = IndonesianAnalyzer.Default.Analyze($"{f.Title} {f.ClaimReviewed} {f.Explanation}").ToHashSet();
            return terms.All(text.Contains);
        }).Skip((page - 1) * PageSize).Take(PageSize).ToList();
    }

    public Task<List<FactCheckCorrection>> CorrectionsAsync(long id, CancellationToken ct) =>
        db.Set<FactCheckCorrection>().AsNoTracking().Where(c => c.FactCheckId == id).OrderByDescending(c => c.At).ToListAsync(ct);

    /// <summary>Articles matched with a check; <paramref name="shownOnly"/>: those the portal labels or links.</summary>
    public async Task<List<MatchedArticle>> MatchesAsync(long id, bool shownOnly, CancellationToken ct)
    {
        var matches = db.Set<FactCheckMatch>().AsNoTracking().Where(m => m.FactCheckId == id);
        if (shownOnly) matches = matches.Where(m => m.State == MatchState.Labelled || m.State == MatchState.Confirmed);
        return (await matches.Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new MatchedArticle(m.Id, a.Id, a.Title, a.Outlet!.Name, a.Published, m.Score, m.Relation, m.State))
            .ToListAsync(ct)).OrderByDescending(m => m.Score).ToList();
    }

    /// <summary>These checks as ClaimReview nodes (for a story page whose articles carry them).</summary>
    public async Task<List<System.Text.Json.Nodes.JsonObject>> ClaimReviewsAsync(IReadOnlyCollection<long> ids, string baseUrl, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var checks = await Published().Where(f => ids.Contains(f.Id)).OrderBy(f => f.Id).ToListAsync(ct);
        return checks.Select(f => ClaimReviewJson.Write(f, baseUrl + FactCheckPages.Url(f.Id, f.Slug), Portal.Seo.SiteIdentity.Name)).ToList();
    }

    /// <summary>The labels of these articles (one each, the highest score), for cards and story pages.</summary>
    public async Task<Dictionary<long, FactCheckLabel>> LabelsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct = default)
    {
        if (articleIds.Count == 0) return [];
        var rows = await db.Set<FactCheckMatch>().AsNoTracking()
            .Where(m => articleIds.Contains(m.ArticleId) && (m.State == MatchState.Labelled || m.State == MatchState.Confirmed))
            .Join(db.Set<FactCheck>(), m => m.FactCheckId, f => f.Id, (m, f) => new { m.ArticleId, m.Score, m.Relation, f.Id, f.Slug, f.Title, f.Rating, f.RatingOriginal })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g =>
        {
            var r = g.OrderByDescending(x => x.Score).First();
            var hoax = r.Rating != FactCheckRating.Benar;
            return new FactCheckLabel(r.Id, r.Slug, r.Title, hoax, hoax ? "HOAKS" : "BENAR", r.Relation, r.RatingOriginal);
        });
    }
}

public static class FactCheckPages
{
    public const string CachePolicy = "cekfakta";

    public static string Url(long id, string slug) => $"/cek-fakta/{id}/{slug}";
}
