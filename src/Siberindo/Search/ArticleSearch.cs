using Microsoft.EntityFrameworkCore;
using Siberindo.Articles;
using Siberindo.Core.Search;
using Siberindo.Outlets;
using Siberindo.Storage;
using Siberindo.Core.Text;

namespace Siberindo.Search;

public sealed record SearchHit(
    long Id, string Guid, string Title, string TitleHtml, string SnippetHtml, DateTime Published,
    string OutletName, string OutletSlug, string? ProvinceCode, VerificationStatus Verification, double Score,
    string? ThumbnailVersion = null);

/// <summary>Another outlet's copy of the same story, listed under the best-ranked one.</summary>
public sealed record SearchCopy(long Id, string Title, string OutletName, string OutletSlug);

public sealed record SearchGroup(SearchHit Top, IReadOnlyList<SearchCopy> Copies);

/// <summary>One page of story groups. Total counts the groups among the best <see cref="SearchRanking.CandidateWindow"/> matches.</summary>
public sealed record SearchResults(
    SearchQuery Query, IReadOnlyList<SearchGroup> Groups, int Page, int PageSize, int TotalGroups, bool MoreBeyond);

/// <summary>An article in rank order, not grouped: what <c>siberindo search --json</c> prints.</summary>
public sealed record SearchListing(string Guid, string Title, string Outlet, DateTime Published, double Score);

/// <summary>Runs readers' queries: ranking in the database, story grouping and snippets here.</summary>
public sealed class ArticleSearch(SiberindoDb db, ISearchStore store)
{
    public const int MaxCopiesShown = 5;

    /// <summary>Articles in rank order, one per row, copies included.</summary>
    public async Task<List<SearchListing>> TopArticlesAsync(string text, SearchFilters filters, int limit, CancellationToken ct = default)
    {
        var ranked = await store.RankAsync(SearchQuery.Parse(text), filters, limit, ct);
        var ids = ranked.Select(r => r.ArticleId).ToList();
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Guid, a.Title, Outlet = a.Outlet!.Domain, a.Published })
            .ToDictionaryAsync(a => a.Id, ct);
        return ranked.Where(r => rows.ContainsKey(r.ArticleId))
            .Select(r => rows[r.ArticleId] is var a ? new SearchListing(a.Guid, a.Title, a.Outlet, a.Published, r.Score) : null!)
            .ToList();
    }

    /// <summary>One page of results grouped by story, best group first, with highlighted titles and snippets.</summary>
    public async Task<SearchResults> SearchAsync(string text, SearchFilters filters, int page, int pageSize, CancellationToken ct = default)
    {
        var query = SearchQuery.Parse(text);
        var window = Math.Clamp(page * pageSize * 5, 200, SearchRanking.CandidateWindow);
        var ranked = await store.RankAsync(query, filters, window, ct);
        if (ranked.Count == 0) return new SearchResults(query, [], page, pageSize, 0, false);

        var groups = StoryGrouping.Group(ranked, await StoryKeysAsync(ranked, ct));
        var pageGroups = groups.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var topIds = pageGroups.Select(g => g[0].ArticleId).ToList();
        var copyIds = pageGroups.SelectMany(g => g.Skip(1).Take(MaxCopiesShown)).Select(r => r.ArticleId).ToList();

        var tops = await db.Articles.AsNoTracking().Where(a => topIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Guid, a.Title, a.Summary, a.Body, a.Excerpt, a.Published, a.ProvinceCode,
                OutletName = a.Outlet!.Name, OutletSlug = a.Outlet.Slug, a.Outlet.Verification, ThumbnailVersion = a.Thumbnail!.Version })
            .ToDictionaryAsync(a => a.Id, ct);
        var copies = await db.Articles.AsNoTracking().Where(a => copyIds.Contains(a.Id))
            .Select(a => new SearchCopy(a.Id, a.Title, a.Outlet!.Name, a.Outlet.Slug))
            .ToDictionaryAsync(a => a.Id, ct);

        var highlighter = new SnippetHighlighter(query.AllTerms);
        var results = new List<SearchGroup>();
        foreach (var group in pageGroups)
        {
            if (!tops.TryGetValue(group[0].ArticleId, out var a)) continue; // deleted since ranking
            var snippetSource = ArticleText.Full(a.Body, a.Summary) is { Length: > 0 } full ? full : a.Excerpt ?? "";
            var hit = new SearchHit(a.Id, a.Guid, a.Title, highlighter.Highlight(a.Title), highlighter.Snippet(snippetSource),
                a.Published, a.OutletName, a.OutletSlug, a.ProvinceCode, a.Verification, group[0].Score, a.ThumbnailVersion);
            results.Add(new SearchGroup(hit, group.Skip(1).Take(MaxCopiesShown)
                .Select(r => copies.GetValueOrDefault(r.ArticleId)).OfType<SearchCopy>().ToList()));
        }
        return new SearchResults(query, results, page, pageSize, groups.Count, ranked.Count == window);
    }

    private async Task<Dictionary<long, StoryKey>> StoryKeysAsync(List<RankedArticle> ranked, CancellationToken ct)
    {
        var ids = ranked.Select(r => r.ArticleId).ToList();
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            // Story grouping: when Article.StoryId exists, this line becomes `StoryId = a.StoryId`.
            .Select(a => new { a.Id, a.StoryId })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => StoryKey.Of(r.Id, r.StoryId));
    }
}
