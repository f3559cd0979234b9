using System.Globalization;
using System.Text;
using Siberindo.Accounts;
using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Audit;

/// <summary>
/// Adds audit entries to the current unit of work: they are stored by the same SaveChanges as the change they describe,
/// so there is never a change without its entry, nor an entry for a change that failed. Every audited change is one
/// of the association's records, which the public statistics count: <see cref="RecordChanged"/> tells them (they
/// evict within a second, after the change has been saved).
/// </summary>
public sealed class AuditLog(SiberindoDb db, AccessScope scope, TimeProvider clock, Notifications notifications)
{
    public void Record(string action, string entityType, object entityId, string? entityName, IRegional? place, string summary) =>
        Record(action, entityType, entityId, entityName, place?.ProvinceCode, place?.RegencyCode, summary);

    public void Record(string action, string entityType, object entityId, string? entityName, string? provinceCode, string? regencyCode, string summary)
    {
        notifications.Publish(new RecordChanged(entityType));
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = scope.UserId,
            UserName = scope.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, CultureInfo.InvariantCulture) ?? "",
            EntityName = Truncate(entityName, 200),
            ProvinceCode = provinceCode,
            RegencyCode = regencyCode,
            Summary = Truncate(summary, 4000)!,
        });
    }

    private static string? Truncate(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..(max - 1)] + "…" : text;
}

/// <summary>Builds "Field: before → after" summaries from two snapshots of the same fields.</summary>
public sealed class AuditDiff
{
    private readonly StringBuilder _text = new();

    public AuditDiff Field(string name, object? before, object? after)
    {
        var (b, a) = (Show(before), Show(after));
        if (b == a) return this;
        if (_text.Length > 0) _text.Append("; ");
        _text.Append(name).Append(": ").Append(b).Append(" → ").Append(a);
        return this;
    }

    public bool IsEmpty => _text.Length == 0;
    public override string ToString() => _text.Length == 0 ? "tidak ada perubahan" : _text.ToString();

    /// <summary>The fields of a new thing, "Field: value; ...".</summary>
    public static string Snapshot(params (string Name, object? Value)[] fields) =>
        string.Join("; ", fields.Where(f => f.Value is not null && Show(f.Value) != "—").Select(f => $"{f.Name}: {Show(f.Value)}"));

    private static string Show(object? value) => value switch
    {
        null => "—",
        string s when s.Length == 0 => "—",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "—",
    };
}
