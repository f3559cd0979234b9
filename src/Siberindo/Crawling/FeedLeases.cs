using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Crawling;

/// <summary>
/// Hands due feeds to worker processes so that each is polled by one worker per cycle: a worker claims a batch by
/// writing its name and a lease expiry on the rows in one statement. On PostgreSQL, <c>FOR UPDATE SKIP LOCKED</c>
/// lets workers claim side by side without waiting on each other's rows; SQLite has one writer at a time, so the
/// same statement is atomic there by nature. A dead worker's claims simply expire.
/// </summary>
public static class FeedLeases
{
    public static Task<List<int>> ClaimDueAsync(SiberindoDb db, DatabaseProvider provider, string owner, DateTime now, DateTime until, int count, CancellationToken ct) =>
        provider == DatabaseProvider.Postgres
            ? db.Database.SqlQuery<int>($"""
                UPDATE "Feeds" SET "LeaseOwner" = {owner}, "LeaseExpiresAt" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "Feeds"
                    WHERE "NextPollAt" <= {now} AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {now})
                    ORDER BY "NextPollAt" LIMIT {count}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct)
            : db.Database.SqlQuery<int>($"""
                UPDATE "Feeds" SET "LeaseOwner" = {owner}, "LeaseExpiresAt" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "Feeds"
                    WHERE "NextPollAt" <= {now} AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {now})
                    ORDER BY "NextPollAt" LIMIT {count})
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct);

    /// <summary>Gives a feed back (after its poll is recorded, or when this worker stops before polling it).</summary>
    public static void Release(Outlets.Feed feed)
    {
        feed.LeaseOwner = null;
        feed.LeaseExpiresAt = null;
    }
}
