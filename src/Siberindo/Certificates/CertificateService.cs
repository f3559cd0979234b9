using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Members;
using Siberindo.Programs;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Certificates;

/// <summary>A person of a member outlet who may be registered for a training.</summary>
public sealed record Candidate(int PersonId, string Name, int OutletId, string OutletName);

/// <summary>
/// Registration of member outlets' people for trainings, their attendance, and certificates: issued in bulk for an
/// event's attendees, revoked one by one with a reason. Every change is scoped (outlet editors register their own
/// people; the event's board records attendance, issues and revokes) and audited.
/// </summary>
public sealed class CertificateService(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Trainings an outlet's people can take part in: national ones, and those of its province or regency.</summary>
    public IQueryable<AssociationEvent> TrainingsFor(string? provinceCode, string? regencyCode) =>
        db.Set<AssociationEvent>().Where(e => ProgramLabels.TrainingKinds.Contains(e.Kind)
            && (e.ProvinceCode == null || (e.RegencyCode == null && e.ProvinceCode == provinceCode) || e.RegencyCode == regencyCode));

    /// <summary>The event when the user's board runs it (scoped like the events pages).</summary>
    public Task<AssociationEvent?> ManagedEventAsync(int eventId, CancellationToken ct) =>
        scope.Regional(db.Set<AssociationEvent>()).SingleOrDefaultAsync(e => e.Id == eventId, ct);

    /// <summary>An event's registrations, in the order of the list pages (by outlet, then name).</summary>
    public IQueryable<TrainingRegistration> Registrations(int eventId) =>
        db.Set<TrainingRegistration>().Where(r => r.EventId == eventId).OrderBy(r => r.OutletName).ThenBy(r => r.Name);

    /// <summary>People of member outlets in good standing in the event's area that this user may register, not yet registered.</summary>
    public async Task<List<Candidate>> CandidatesAsync(AssociationEvent e, CancellationToken ct) =>
        (await CandidateRows(e).OrderBy(x => x.OutletName).ThenBy(x => x.Name).ThenBy(x => x.PersonId).Take(5000).ToListAsync(ct))
            .DistinctBy(x => x.PersonId).Select(x => x.ToCandidate()).ToList();

    // A member-initialised row, so that EF can order and filter by its fields.
    private sealed class CandidateRow
    {
        public int PersonId { get; init; }
        public required string Name { get; init; }
        public int OutletId { get; init; }
        public required string OutletName { get; init; }
        public Candidate ToCandidate() => new(PersonId, Name, OutletId, OutletName);
    }

    private IQueryable<CandidateRow> CandidateRows(AssociationEvent e)
    {
        var outlets = scope.Outlets(db.Outlets);
        if (e.RegencyCode is { } r) outlets = outlets.Where(o => o.RegencyCode == r);
        else if (e.ProvinceCode is { } p) outlets = outlets.Where(o => o.ProvinceCode == p);
        var members = db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member).Select(m => m.OutletId);
        var registered = db.Set<TrainingRegistration>().Where(x => x.EventId == e.Id).Select(x => x.PersonId);
        return db.Set<OutletPosition>().AsNoTracking()
            .Where(p => members.Contains(p.OutletId) && !registered.Contains(p.PersonId))
            .Join(outlets, p => p.OutletId, o => o.Id, (p, o) => new CandidateRow { PersonId = p.PersonId, Name = p.Person!.Name, OutletId = o.Id, OutletName = o.Name });
    }

    /// <summary>Registers one person; a refusal about the person chosen names the form's field, "PersonId".</summary>
    public async Task<List<FormError>> RegisterAsync(int eventId, int personId, CancellationToken ct = default)
    {
        var e = await db.Set<AssociationEvent>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null || !ProgramLabels.IsTraining(e.Kind)) return [new("Pelatihan tidak ditemukan (training not found).")];
        var board = scope.Covers(e);
        if (!board && scope.Level != ScopeLevel.Outlet) return [new("Pelatihan di luar wilayah Anda (outside your area).")];
        if (!board && e.EndsOn < Today) return [new("Pendaftaran sudah ditutup: pelatihan telah selesai (registration closed: the training is over).")];
        // The same rule as the list the form offers, for this one person.
        var candidate = (await CandidateRows(e).Where(c => c.PersonId == personId).OrderBy(c => c.OutletName).FirstOrDefaultAsync(ct))?.ToCandidate();
        if (candidate is null)
            return await db.Set<TrainingRegistration>().AnyAsync(r => r.EventId == eventId && r.PersonId == personId, ct)
                ? [new("Orang ini sudah terdaftar (already registered).", "PersonId")]
                : [new("Hanya wartawan dan pengurus media anggota di wilayah pelatihan yang dapat didaftarkan (only people of member outlets in the training's area).", "PersonId")];
        var registration = new TrainingRegistration
        {
            EventId = e.Id, PersonId = candidate.PersonId, OutletId = candidate.OutletId, Name = candidate.Name, OutletName = candidate.OutletName,
            ProvinceCode = e.ProvinceCode, RegencyCode = e.RegencyCode, RegisteredAt = clock.GetUtcNow().UtcDateTime, RegisteredBy = scope.UserName,
        };
        db.Add(registration);
        audit.Record("create", "TrainingRegistration", e.Id, e.Title, e, $"Peserta: {candidate.Name} ({candidate.OutletName})");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Records whether a registered person came (the event's board only, once it has started).</summary>
    public async Task<List<string>> SetAttendedAsync(int eventId, int registrationId, bool attended, CancellationToken ct = default)
    {
        var e = await ManagedEventAsync(eventId, ct);
        scope.Demand(e is not null && scope.IsBoardAdmin);
        if (e!.StartsOn > Today) return ["Kehadiran dicatat setelah pelatihan dimulai (attendance is recorded once the training has started)."];
        var r = await db.Set<TrainingRegistration>().Include(x => x.Certificate).SingleOrDefaultAsync(x => x.Id == registrationId && x.EventId == eventId, ct);
        if (r is null) return ["Peserta tidak ditemukan (registration not found)."];
        if (!attended && r.Certificate is { IsRevoked: false })
            return ["Peserta ini sudah bersertifikat; cabut sertifikatnya dulu dengan alasannya (revoke the certificate first)."];
        audit.Record("update", "TrainingRegistration", e.Id, e.Title, e, $"{r.Name}: {new AuditDiff().Field("hadir", Show(r.Attended), Show(attended))}");
        r.Attended = attended;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Issues a certificate to every attendee of the event who has none yet; returns how many were issued.</summary>
    public async Task<(int Issued, List<string> Errors)> IssueAllAsync(int eventId, CancellationToken ct = default)
    {
        var e = await ManagedEventAsync(eventId, ct);
        scope.Demand(e is not null && scope.IsBoardAdmin);
        if (e!.StartsOn > Today) return (0, ["Sertifikat diterbitkan setelah pelatihan dimulai (certificates are issued once the training has started)."]);
        var due = await db.Set<TrainingRegistration>().Where(r => r.EventId == eventId && r.Attended == true && r.Certificate == null).OrderBy(r => r.Name).ToListAsync(ct);
        if (due.Count == 0) return (0, ["Tidak ada peserta hadir yang belum bersertifikat (no attendee without a certificate)."]);
        var issuer = IssuerOf(e);
        foreach (var r in due)
            db.Add(new Certificate
            {
                Code = CertificateCode.New(), RegistrationId = r.Id, EventId = e.Id, HolderName = r.Name, OutletName = r.OutletName,
                EventTitle = e.Title, EventKind = ProgramLabels.Of(e.Kind), EventStartsOn = e.StartsOn, EventEndsOn = e.EndsOn,
                Issuer = issuer, IssuedOn = Today, ProvinceCode = e.ProvinceCode, RegencyCode = e.RegencyCode,
            });
        audit.Record("create", "Certificate", e.Id, e.Title, e, $"{due.Count} sertifikat diterbitkan: {string.Join(", ", due.Select(r => r.Name))}");
        await db.SaveChangesAsync(ct);
        return (due.Count, []);
    }

    /// <summary>Revokes a certificate with its reason; a refusal about the reason names it ("Reason").</summary>
    public async Task<List<FormError>> RevokeAsync(int certificateId, string? reason, CancellationToken ct = default)
    {
        var c = await scope.Regional(db.Set<Certificate>()).SingleOrDefaultAsync(x => x.Id == certificateId, ct);
        scope.Demand(c is not null && scope.IsBoardAdmin);
        if (c!.IsRevoked) return [new("Sertifikat ini sudah dicabut (already revoked).")];
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length > 500) return [new("Alasan pencabutan wajib diisi, maksimal 500 karakter (a reason is required).", "Reason")];
        c.RevokedAt = clock.GetUtcNow().UtcDateTime;
        c.RevokedReason = why;
        audit.Record("status", "Certificate", c.Id, $"{c.Code} {c.HolderName}", c, $"Dicabut: {why}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>A certificate the user may download: the issuing board's admins, and the holder's outlet's editors.</summary>
    public Task<Certificate?> DownloadableAsync(int certificateId, CancellationToken ct) =>
        db.Set<Certificate>().AsNoTracking().Where(c => c.Id == certificateId)
            .Where(c => scope.IsNational
                || (scope.Level == ScopeLevel.Outlet && db.Set<TrainingRegistration>().Any(r => r.Id == c.RegistrationId && r.OutletId == scope.OutletId))
                || (scope.Level == ScopeLevel.Province && c.ProvinceCode == scope.ProvinceCode)
                || (scope.Level == ScopeLevel.Regency && c.RegencyCode == scope.RegencyCode))
            .SingleOrDefaultAsync(ct);

    /// <summary>The public lookup behind /sertifikat/{code}: anyone, no sign-in.</summary>
    public async Task<Certificate?> VerifyAsync(string? typed, CancellationToken ct) =>
        CertificateCode.Normalize(typed) is { } code ? await db.Set<Certificate>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct) : null;

    private string IssuerOf(AssociationEvent e) =>
        e.RegencyCode is { } r ? $"Pengurus {regions.Regency(r)?.Name ?? r}"
        : e.ProvinceCode is { } p ? $"Pengurus Provinsi {regions.Province(p)?.Name ?? p}"
        : "Pengurus Pusat";

    private static string Show(bool? attended) => attended switch { true => "hadir", false => "tidak hadir", _ => "—" };
}
