using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Traffic;

/// <summary>One outlet's readers from Siberindo over a range of days: per day, per article, and each article per day.</summary>
public sealed class TrafficReport(SiberindoDb db, AccessScope scope, TimeProvider clock)
{
    /// <summary>Articles listed on the page (the CSV has all of them).</summary>
    public const int ArticlesShown = 100;

    public sealed record DayTotal(DateOnly Day, long Readers);
    public sealed record ArticleTotal(long ArticleId, string Title, string Url, DateTime Published, long Readers, long AllTime);
    public sealed record ArticleDay(DateOnly Day, long ArticleId, string Title, string Url, DateTime Published, int Readers);

    public DateOnly Today => ArticleClickDay.DayOf(clock.GetUtcNow());

    /// <summary>
    /// The outlet, when the user may see its figures: its editor, or a board whose area holds it (AccessScope decides).
    /// Null otherwise, for an outlet that exists as for one that does not, so figures never leak across areas.
    /// </summary>
    public Task<Outlet?> OutletAsync(int id, CancellationToken ct) =>
        scope.Outlets(db.Outlets).AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>Every day of the range, days without readers as 0.</summary>
    public async Task<List<DayTotal>> PerDayAsync(int outletId, TrafficRange range, CancellationToken ct)
    {
        var counted = await Days(outletId, range)
            .GroupBy(c => c.Day)
            .Select(g => new { Day = g.Key, Readers = g.Sum(c => (long)c.Clicks) })
            .ToDictionaryAsync(x => x.Day, x => x.Readers, ct);
        return range.Each().Select(day => new DayTotal(day, counted.GetValueOrDefault(day))).ToList();
    }

    /// <summary>The articles that sent readers in the range, most first, with each one's readers since it was stored.</summary>
    public async Task<List<ArticleTotal>> PerArticleAsync(int outletId, TrafficRange range, int take, CancellationToken ct)
    {
        var sums = await Days(outletId, range)
            .GroupBy(c => c.ArticleId)
            .Select(g => new { ArticleId = g.Key, Readers = g.Sum(c => (long)c.Clicks) })
            .OrderByDescending(x => x.Readers).ThenByDescending(x => x.ArticleId)
            .Take(take)
            .ToListAsync(ct);
        var ids = sums.Select(s => s.ArticleId).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Url, a.Published, a.Clicks })
            .ToDictionaryAsync(a => a.Id, ct);
        var totals = new List<ArticleTotal>(sums.Count);
        foreach (var s in sums)
            if (articles.TryGetValue(s.ArticleId, out var a)) totals.Add(new ArticleTotal(a.Id, a.Title, a.Url, a.Published, s.Readers, a.Clicks));
        return totals;
    }

    /// <summary>How many articles sent readers in the range.</summary>
    public Task<int> ArticleCountAsync(int outletId, TrafficRange range, CancellationToken ct) =>
        Days(outletId, range).Select(c => c.ArticleId).Distinct().CountAsync(ct);

    /// <summary>One row per article and day with readers, by day then article: what the CSV holds.</summary>
    public Task<List<ArticleDay>> PerArticleDayAsync(int outletId, TrafficRange range, CancellationToken ct) =>
        Days(outletId, range)
            .OrderBy(c => c.Day).ThenBy(c => c.ArticleId)
            .Select(c => new ArticleDay(c.Day, c.ArticleId, c.Article!.Title, c.Article.Url, c.Article.Published, c.Clicks))
            .ToListAsync(ct);

    /// <summary>Readers the outlet's articles sent since they were stored (counted before days were kept too).</summary>
    public Task<long> AllTimeAsync(int outletId, CancellationToken ct) =>
        db.Articles.Where(a => a.OutletId == outletId).SumAsync(a => a.Clicks, ct);

    private IQueryable<ArticleClickDay> Days(int outletId, TrafficRange range) =>
        db.Set<ArticleClickDay>().AsNoTracking().Where(c => c.OutletId == outletId && c.Day >= range.From && c.Day <= range.To);
}
