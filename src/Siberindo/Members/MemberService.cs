using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Outlets;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Members;

/// <summary>The company's papers as a form or an import row gives them.</summary>
public sealed record CompanyDraft(LegalForm LegalForm, string? DeedNumber, DateOnly? DeedDate, string? KemenkumhamSk, long? CapitalRupiah,
    bool DeedNamesPressBusiness, string? Address, int? StaffCount, bool PublishesAddress, bool PublishesMasthead, bool PublishesCyberGuideline);

/// <summary>Dewan Pers status as a form or an import row gives it.</summary>
public sealed record VerificationDraft(VerificationStatus Status, DateOnly? AdministrativeOn, DateOnly? FactualOn, string? CertificateNumber);

/// <summary>
/// Membership, company, people and Dewan Pers status of member outlets. Every change is checked against the user's
/// <see cref="AccessScope"/>, validated, and written together with its audit entry. A refusal names the form field it
/// is about (the draft's property, or the capitalised parameter: "Status", "On", "Name", "Certificate"), so the form
/// shows it there; imports show only its message.
/// </summary>
public sealed class MemberService(SiberindoDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The outlet if it exists and is in the user's area, else null (pages answer 404 either way).</summary>
    public async Task<Outlet?> FindOutletAsync(int outletId, CancellationToken ct = default) =>
        await scope.Outlets(db.Outlets).Include(o => o.Regency).SingleOrDefaultAsync(o => o.Id == outletId, ct);

    /// <summary>The outlet's file, created (as an applicant) the first time it is needed.</summary>
    public async Task<MemberRecord> RecordAsync(Outlet outlet, CancellationToken ct = default)
    {
        var record = await db.Set<MemberRecord>().SingleOrDefaultAsync(m => m.OutletId == outlet.Id, ct);
        if (record is not null) return record;
        record = NewRecord(outlet.Id, MembershipStatus.Applicant, DateOnly.FromDateTime(outlet.CreatedAt));
        db.Add(record);
        db.Add(new MembershipEvent { OutletId = outlet.Id, Status = record.Status, On = record.StatusSince, RecordedBy = scope.UserName, Note = "Berkas dibuka" });
        return record;
    }

    public static MemberRecord NewRecord(int outletId, MembershipStatus status, DateOnly since) => new()
    {
        OutletId = outletId, Status = status, StatusSince = since, JoinedOn = status == MembershipStatus.Member ? since : null,
    };

    public async Task<List<FormError>> ChangeStatusAsync(int outletId, MembershipStatus to, DateOnly on, string? note, CancellationToken ct = default)
    {
        var outlet = await FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null && scope.IsBoardAdmin);
        var record = await RecordAsync(outlet!, ct);
        var errors = new List<FormError>();
        if (!MemberLabels.CanMove(record.Status, to))
            errors.Add(new($"Status tidak dapat diubah dari {MemberLabels.Of(record.Status)} ke {MemberLabels.Of(to)} (this status change is not allowed).", "Status"));
        if (on > Today) errors.Add(new("Tanggal status ada di masa depan (the date is in the future).", "On"));
        if (on < record.StatusSince) errors.Add(new($"Tanggal status sebelum status terakhir ({record.StatusSince:yyyy-MM-dd}) (date before the last change).", "On"));
        if (note is { Length: > 500 }) errors.Add(new("Catatan maksimal 500 karakter (note longer than 500).", "Note"));
        if (errors.Count > 0) return errors;

        audit.Record("status", "Outlet", outlet!.Id, outlet.Name, outlet, new AuditDiff().Field("Keanggotaan", MemberLabels.Of(record.Status), MemberLabels.Of(to)) + $" ({on:yyyy-MM-dd})");
        record.Status = to;
        record.StatusSince = on;
        if (to == MembershipStatus.Member) record.JoinedOn ??= on;
        db.Add(new MembershipEvent { OutletId = outlet.Id, Status = to, On = on, Note = Clean(note), RecordedBy = scope.UserName });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public static List<FormError> Validate(CompanyDraft c, DateOnly today)
    {
        var errors = new List<FormError>();
        if (c.CapitalRupiah is < 0) errors.Add(new("Modal tidak boleh negatif (capital must not be negative).", nameof(c.CapitalRupiah)));
        if (c.DeedDate is { } d && d > today) errors.Add(new("Tanggal akta ada di masa depan (deed date is in the future).", nameof(c.DeedDate)));
        if (c.DeedNumber is { Length: > 100 }) errors.Add(new("Nomor akta maksimal 100 karakter.", nameof(c.DeedNumber)));
        if (c.KemenkumhamSk is { Length: > 100 }) errors.Add(new("Nomor SK Kemenkumham maksimal 100 karakter.", nameof(c.KemenkumhamSk)));
        if (c.Address is { Length: > 500 }) errors.Add(new("Alamat maksimal 500 karakter.", nameof(c.Address)));
        if (c.StaffCount is < 0 or > 100_000) errors.Add(new("Jumlah karyawan tidak masuk akal (staff count out of range).", nameof(c.StaffCount)));
        return errors;
    }

    public async Task<List<FormError>> UpdateCompanyAsync(int outletId, CompanyDraft c, CancellationToken ct = default)
    {
        var outlet = await FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null);
        var errors = Validate(c, Today);
        if (errors.Count > 0) return errors;
        var record = await RecordAsync(outlet!, ct);
        var diff = new AuditDiff()
            .Field("Badan hukum", record.LegalForm, c.LegalForm).Field("Akta", record.DeedNumber, Clean(c.DeedNumber))
            .Field("Tanggal akta", record.DeedDate, c.DeedDate).Field("SK Kemenkumham", record.KemenkumhamSk, Clean(c.KemenkumhamSk))
            .Field("Modal", record.CapitalRupiah, c.CapitalRupiah).Field("Akta usaha pers", record.DeedNamesPressBusiness, c.DeedNamesPressBusiness)
            .Field("Alamat", record.Address, Clean(c.Address)).Field("Karyawan", record.StaffCount, c.StaffCount)
            .Field("Alamat di situs", record.PublishesAddress, c.PublishesAddress).Field("Boks redaksi", record.PublishesMasthead, c.PublishesMasthead)
            .Field("Pedoman media siber", record.PublishesCyberGuideline, c.PublishesCyberGuideline);
        Apply(record, c);
        if (!diff.IsEmpty) audit.Record("update", "Company", outlet!.Id, outlet.Name, outlet, diff.ToString());
        await db.SaveChangesAsync(ct);
        return [];
    }

    public static void Apply(MemberRecord record, CompanyDraft c)
    {
        record.LegalForm = c.LegalForm;
        record.DeedNumber = Clean(c.DeedNumber);
        record.DeedDate = c.DeedDate;
        record.KemenkumhamSk = Clean(c.KemenkumhamSk);
        record.CapitalRupiah = c.CapitalRupiah;
        record.DeedNamesPressBusiness = c.DeedNamesPressBusiness;
        record.Address = Clean(c.Address);
        record.StaffCount = c.StaffCount;
        record.PublishesAddress = c.PublishesAddress;
        record.PublishesMasthead = c.PublishesMasthead;
        record.PublishesCyberGuideline = c.PublishesCyberGuideline;
    }

    public static List<FormError> Validate(VerificationDraft v, DateOnly today)
    {
        var errors = new List<FormError>();
        if (v.AdministrativeOn > today || v.FactualOn > today) errors.Add(new("Tanggal verifikasi ada di masa depan (verification date in the future).", v.AdministrativeOn > today ? nameof(v.AdministrativeOn) : nameof(v.FactualOn)));
        if (v.Status >= VerificationStatus.Administrative && v.AdministrativeOn is null && v.Status == VerificationStatus.Administrative)
            errors.Add(new("Tanggal verifikasi administratif wajib diisi (administrative verification date is missing).", nameof(v.AdministrativeOn)));
        if (v.Status == VerificationStatus.Factual && v.FactualOn is null) errors.Add(new("Tanggal verifikasi faktual wajib diisi (factual verification date is missing).", nameof(v.FactualOn)));
        if (v.Status == VerificationStatus.Factual && string.IsNullOrWhiteSpace(v.CertificateNumber))
            errors.Add(new("Nomor sertifikat wajib diisi untuk verifikasi faktual (certificate number is missing).", nameof(v.CertificateNumber)));
        if (v.Status != VerificationStatus.Factual && (v.FactualOn is not null || !string.IsNullOrWhiteSpace(v.CertificateNumber)))
            errors.Add(new("Tanggal faktual dan sertifikat hanya untuk status faktual (factual date and certificate need the factual status).", nameof(v.Status)));
        if (v.Status == VerificationStatus.None && v.AdministrativeOn is not null)
            errors.Add(new("Tanggal administratif diisi padahal status belum terverifikasi (administrative date without a status).", nameof(v.Status)));
        if (v.AdministrativeOn is { } a && v.FactualOn is { } f && f < a) errors.Add(new("Verifikasi faktual sebelum administratif (factual before administrative).", nameof(v.FactualOn)));
        if (v.CertificateNumber is { Length: > 100 }) errors.Add(new("Nomor sertifikat maksimal 100 karakter.", nameof(v.CertificateNumber)));
        return errors;
    }

    public async Task<List<FormError>> UpdateVerificationAsync(int outletId, VerificationDraft v, CancellationToken ct = default)
    {
        var outlet = await FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null && scope.IsBoardAdmin);
        var errors = Validate(v, Today);
        if (errors.Count > 0) return errors;
        var record = await RecordAsync(outlet!, ct);
        var diff = new AuditDiff().Field("Status Dewan Pers", VerificationLabels.Of(outlet!.Verification), VerificationLabels.Of(v.Status))
            .Field("Administratif", record.AdministrativeOn, v.AdministrativeOn).Field("Faktual", record.FactualOn, v.FactualOn)
            .Field("Sertifikat", record.CertificateNumber, Clean(v.CertificateNumber));
        Apply(outlet, record, v);
        if (!diff.IsEmpty) audit.Record("update", "Verification", outlet.Id, outlet.Name, outlet, diff.ToString());
        await db.SaveChangesAsync(ct);
        return [];
    }

    public static void Apply(Outlet outlet, MemberRecord record, VerificationDraft v)
    {
        outlet.Verification = v.Status;
        outlet.VerifiedOn = v.Status switch { VerificationStatus.Factual => v.FactualOn, VerificationStatus.Administrative => v.AdministrativeOn, _ => null };
        record.AdministrativeOn = v.Status == VerificationStatus.None ? null : v.AdministrativeOn;
        record.FactualOn = v.Status == VerificationStatus.Factual ? v.FactualOn : null;
        record.CertificateNumber = v.Status == VerificationStatus.Factual ? Clean(v.CertificateNumber) : null;
    }

    public async Task<List<FormError>> AddPositionAsync(int outletId, string? name, UkwLevel ukw, string? certificate, PositionRole role, CancellationToken ct = default)
    {
        var outlet = await FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null);
        var errors = new List<FormError>();
        name = Clean(name);
        certificate = Clean(certificate);
        if (name is null) errors.Add(new("Nama wajib diisi (name is missing).", "Name"));
        else if (name.Length > 200) errors.Add(new("Nama maksimal 200 karakter.", "Name"));
        if (ukw != UkwLevel.None && certificate is null) errors.Add(new("Nomor sertifikat UKW wajib diisi bila ada jenjang UKW (UKW level without certificate).", "Certificate"));
        if (ukw == UkwLevel.None && certificate is not null) errors.Add(new("Nomor sertifikat diisi tanpa jenjang UKW (certificate without a UKW level).", "Certificate"));
        if (errors.Count > 0) return errors;

        // The certificate number identifies a journalist across outlets; without one, a new person is recorded.
        var person = certificate is null ? null : await db.Set<Person>().SingleOrDefaultAsync(p => p.UkwCertificate == certificate, ct);
        if (person is not null && !string.Equals(person.Name, name, StringComparison.OrdinalIgnoreCase))
            return [new($"Sertifikat {certificate} sudah tercatat atas nama {person.Name} (certificate already belongs to another person).", "Certificate")];
        person ??= new Person { Name = name!, Ukw = ukw, UkwCertificate = certificate };
        if (person.Id == 0) db.Add(person);
        else person.Ukw = ukw;
        if (person.Id != 0 && await db.Set<OutletPosition>().AnyAsync(p => p.OutletId == outletId && p.PersonId == person.Id && p.Role == role, ct))
            return [new("Orang ini sudah memegang jabatan tersebut (already holds this post).", "Role")];
        db.Add(new OutletPosition { OutletId = outletId, Person = person, Role = role });
        audit.Record("create", "Position", outlet!.Id, outlet.Name, outlet,
            AuditDiff.Snapshot(("Jabatan", MemberLabels.Of(role)), ("Nama", name), ("UKW", MemberLabels.Of(ukw)), ("Sertifikat", certificate)));
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<bool> RemovePositionAsync(int outletId, int positionId, CancellationToken ct = default)
    {
        var outlet = await FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null);
        var position = await db.Set<OutletPosition>().Include(p => p.Person).SingleOrDefaultAsync(p => p.Id == positionId && p.OutletId == outletId, ct);
        if (position is null) return false;
        db.Remove(position);
        audit.Record("delete", "Position", outlet!.Id, outlet.Name, outlet, AuditDiff.Snapshot(("Jabatan", MemberLabels.Of(position.Role)), ("Nama", position.Person?.Name)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
