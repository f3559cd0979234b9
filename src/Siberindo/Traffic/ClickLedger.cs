using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Traffic;

/// <summary>Writes counted clicks: each article's total and its day's count, together.</summary>
public static class ClickLedger
{
    /// <summary>
    /// Adds clicks to an article's total and to its row for the day, in the caller's transaction. The day's row is
    /// upserted (the same statement on SQLite and PostgreSQL), so several web nodes flushing the same article at once
    /// add up instead of overwriting each other; an article deleted meanwhile adds nothing.
    /// </summary>
    public static async Task AddAsync(SiberindoDb db, long articleId, DateOnly day, int clicks, CancellationToken ct)
    {
        await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Clicks, a => a.Clicks + clicks), ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "ArticleClickDays" ("ArticleId", "OutletId", "Day", "Clicks")
            SELECT a."Id", a."OutletId", {day}, {clicks} FROM "Articles" AS a WHERE a."Id" = {articleId}
            ON CONFLICT ("ArticleId", "Day") DO UPDATE SET "Clicks" = "ArticleClickDays"."Clicks" + excluded."Clicks"
            """, ct);
    }
}
