using Siberindo.Accounts;

namespace Siberindo.Certificates;

/// <summary>
/// One person of a member outlet registered for an event (a bimtek, a fact-checking training, a seminar), and whether
/// they came. The name is kept as registered: it is the name the certificate will carry.
/// </summary>
public sealed class TrainingRegistration : IRegional
{
    public int Id { get; init; }
    public int EventId { get; init; }
    public int PersonId { get; init; }
    public int OutletId { get; init; }
    public required string Name { get; set; }
    public required string OutletName { get; set; }
    /// <summary>The event's place, copied so that scoping and the year-end report need no join.</summary>
    public string? ProvinceCode { get; init; }
    public string? RegencyCode { get; init; }
    public DateTime RegisteredAt { get; init; }
    public required string RegisteredBy { get; init; }
    /// <summary>Null until the board records attendance.</summary>
    public bool? Attended { get; set; }
    public Certificate? Certificate { get; init; }
}

/// <summary>
/// A certificate of attendance. What it says (holder, event, dates, issuer) is frozen when issued, so the public
/// verification page always shows what was printed; a revoked certificate stays, with its reason.
/// </summary>
public sealed class Certificate : IRegional
{
    public int Id { get; init; }
    /// <summary>The short unguessable code printed on it and in its QR link (<see cref="CertificateCode"/>).</summary>
    public required string Code { get; init; }
    public int RegistrationId { get; init; }
    public int EventId { get; init; }
    public required string HolderName { get; init; }
    public required string OutletName { get; init; }
    public required string EventTitle { get; init; }
    public required string EventKind { get; init; }
    public DateOnly EventStartsOn { get; init; }
    public DateOnly EventEndsOn { get; init; }
    public required string Issuer { get; init; }
    public DateOnly IssuedOn { get; init; }
    public string? ProvinceCode { get; init; }
    public string? RegencyCode { get; init; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
    public bool IsRevoked => RevokedAt is not null;
}
