using Siberindo.Accounts;

namespace Siberindo.Audit;

/// <summary>One admin change: who, when, on what, and a before/after summary. Written in the same save as the change.</summary>
public sealed class AuditEntry : IRegional
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public string? UserId { get; init; }
    public required string UserName { get; init; }
    /// <summary>"create", "update", "delete", "import", "status".</summary>
    public required string Action { get; init; }
    /// <summary>"Outlet", "Board", "Event", "User", ...</summary>
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    public string? EntityName { get; init; }
    /// <summary>The place of the changed thing, so admins see the entries of their own area.</summary>
    public string? ProvinceCode { get; init; }
    public string? RegencyCode { get; init; }
    public required string Summary { get; init; }
}
