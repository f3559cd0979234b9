using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Siberindo.Storage;

namespace Siberindo.Search;

/// <summary>Plumbing both stores share: the context's connection and transaction, and the filter clauses.</summary>
internal static class SearchSql
{
    public static async Task<DbCommand> CommandAsync(SiberindoDb db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }

    /// <summary>Where an article's date, outlet and province are read from.</summary>
    public sealed record ArticleColumns(string Published, string OutletId, string ProvinceCode)
    {
        /// <summary>EF's "Articles" table as <c>a</c>, quoted the same way in both databases.</summary>
        public static readonly ArticleColumns Articles = new("a.\"Published\"", "a.\"OutletId\"", "a.\"ProvinceCode\"");
    }

    /// <summary>
    /// " AND ..." conditions over the article's <paramref name="columns"/> and <c>o</c> ("Outlets", EF's names).
    /// </summary>
    public static string FilterClauses(SearchFilters filters, DbCommand command, ArticleColumns? columns = null)
    {
        var a = columns ?? ArticleColumns.Articles;
        var sql = new StringBuilder();
        if (filters.ProvinceCode is { } province)
        {
            sql.Append($" AND {a.ProvinceCode} = @province");
            command.Add("@province", province);
        }
        if (filters.RegencyCode is { } regency)
        {
            sql.Append(" AND o.\"RegencyCode\" = @regency");
            command.Add("@regency", regency);
        }
        if (filters.OutletId is { } outlet)
        {
            sql.Append($" AND {a.OutletId} = @outlet");
            command.Add("@outlet", outlet);
        }
        if (filters.From is { } from)
        {
            sql.Append($" AND {a.Published} >= @from");
            command.Add("@from", DateTime.SpecifyKind(from, DateTimeKind.Utc));
        }
        if (filters.To is { } to)
        {
            sql.Append($" AND {a.Published} < @to");
            command.Add("@to", DateTime.SpecifyKind(to, DateTimeKind.Utc));
        }
        if (filters.Verification is { Count: > 0 } levels)
        {
            // Enum values, not text from the request: safe to inline.
            sql.Append(" AND o.\"Verification\" IN (")
                .Append(string.Join(", ", levels.Distinct().Select(l => ((int)l).ToString(CultureInfo.InvariantCulture))))
                .Append(')');
        }
        return sql.ToString();
    }

    /// <summary>The join the filters by regency and verification need ("Outlets" as <c>o</c>), or nothing.</summary>
    public static string OutletsJoin(SearchFilters filters, ArticleColumns? columns = null) =>
        filters.RegencyCode is not null || filters.Verification is { Count: > 0 }
            ? $"JOIN \"Outlets\" o ON o.\"Id\" = {(columns ?? ArticleColumns.Articles).OutletId}"
            : "";

    /// <summary>The facet groups of a filter (<see cref="SearchFacets"/>), with a regency's outlets read here.</summary>
    public static async Task<List<IReadOnlyList<string>>> FacetGroupsAsync(SiberindoDb db, SearchFilters filters, CancellationToken ct)
    {
        List<int>? regencyOutlets = null;
        if (filters.RegencyCode is { } regency && filters.OutletId is null)
            regencyOutlets = await db.Outlets.AsNoTracking().Where(o => o.RegencyCode == regency)
                .OrderBy(o => o.Id).Select(o => o.Id).Take(SearchFacets.MaxOutlets + 1).ToListAsync(ct);
        return SearchFacets.ForFilters(filters, regencyOutlets);
    }

    /// <summary>The stored counts (<see cref="SearchTermCounts"/>) of the given terms and keys; missing ones are absent.</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(SiberindoDb db, IReadOnlyList<string> keys, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, "", ct);
        command.CommandText = "SELECT term, documents FROM search_terms WHERE term IN (" +
            string.Join(", ", keys.Select((t, i) => command.Add($"@k{i}", t).ParameterName)) + ")";
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>Queues an outlet's articles for the search stage (their province changed with the outlet's).</summary>
    public static Task QueueOutletAsync(SiberindoDb db, int outletId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"SearchQueue\" (\"ArticleId\") SELECT \"Id\" FROM \"Articles\" WHERE \"OutletId\" = {outletId} ORDER BY \"Id\"", ct);

    /// <summary>Queues every stored article for the search stage (after an index was emptied), in id order.</summary>
    public const string RequeueAll = """
        DELETE FROM "SearchQueue";
        INSERT INTO "SearchQueue" ("ArticleId") SELECT "Id" FROM "Articles" ORDER BY "Id";
        """;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static async Task<List<RankedArticle>> ReadRankedAsync(DbCommand command, CancellationToken ct)
    {
        var ranked = new List<RankedArticle>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ranked.Add(new RankedArticle(reader.GetInt64(0), reader.GetDouble(1)));
        return ranked;
    }
}
