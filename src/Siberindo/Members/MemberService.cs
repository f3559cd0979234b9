using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Outlets;
using Siberindo.Storage;

namespace Siberindo.Members;

/// <summary>The company's papers as a form or an import row gives them.</summary>
public sealed record CompanyDraft(LegalForm LegalForm, string? DeedNumber, DateOnly? DeedDate, string? KemenkumhamSk, long? CapitalRupiah,
    bool DeedNamesPressBusiness, string? Address, int? StaffCount, bool PublishesAddress, bool PublishesMasthead, bool PublishesCyberGuideline);

/// <summary>Dewan Pers status as a form or an import row gives it.</summary>
public sealed record VerificationDraft(VerificationStatus Status, DateOnly? AdministrativeOn, DateOnly? FactualOn, string? CertificateNumber);

/// <summary>
/// Membership, company, people and Dewan Pers status of member outlets. Every change is checked against the user's
/// <see cref="AccessScope"/>, validated, and written together with its audit entry.
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

    public async Task<List<string>> ChangeStatusAsync(int outletId, MembershipStatus to, DateOnly on, string? note, CancellationToken ct = default)
    {
        var outlet = await FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null && scope.IsBoardAdmin);
        var record = await RecordAsync(outlet!, ct);
        var errors = new List<string>();
        if (!MemberLabels.CanMove(record.Status, to))
            errors.Add($"Status tidak dapat diubah dari {MemberLabels.Of(record.Status)} ke {MemberLabels.Of(to)} (this status change is not allowed).");
        if (on > Today) errors.Add("Tanggal status ada di masa depan (the date is in the future).");
        if (on < record.StatusSince) errors.Add($"Tanggal status sebelum status terakhir ({record.StatusSince:yyyy-MM-dd}) (date before the last change).");
        if (note is { Length: > 500 }) errors.Add("Catatan maksimal 500 karakter (note longer than 500).");
        if (errors.Count > 0) return errors;

        audit.Record("status", "Outlet", outlet!.Id, outlet.Name, outlet, new AuditDiff().Field("Keanggotaan", MemberLabels.Of(record.Status), MemberLabels.Of(to)) + $" ({on:yyyy-MM-dd})");
        record.Status = to;
        record.StatusSince = on;
        if (to == MembershipStatus.Member) record.JoinedOn ??= on;
        db.Add(new MembershipEvent { OutletId = outlet.Id, Status = to, On = on, Note = Clean(note), RecordedBy = scope.UserName });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public static List<string> Validate(CompanyDraft c, DateOnly today)
    {
        var errors = new List<string>();
        if (c.CapitalRupiah is < 0) errors.Add("Modal tidak boleh negatif (capital must not be negative).");
        if (c.DeedDate is { } d && d > today) errors.Add("Tanggal akta ada di masa depan (deed date is in the future).");
        if (c.DeedNumber is { Length: > 100 }) errors.Add("Nomor akta maksimal 100 karakter.");
        if (c.KemenkumhamSk is { Length: > 100 }) errors.Add("Nomor SK Kemenkumham maksimal 100 karakter.");
        if (c.Address is { Length: > 500 }) errors.Add("Alamat maksimal 500 karakter.");
        if (c.StaffCount is < 0 or > 100_000) errors.Add("Jumlah karyawan tidak masuk akal (staff count out of range).");
        return errors;
    }

    public async Task<List<string>> UpdateCompanyAsync(int outletId, CompanyDraft c, CancellationToken ct = default)
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

    public static List<string> Validate(VerificationDraft v, DateOnly today)
    {
        var errors = new List<string>();
        if (v.AdministrativeOn > today || v.FactualOn > today) errors.Add("Tanggal verifikasi ada di masa depan (verification date in the future).");
        if (v.Status >= VerificationStatus.Administrative && v.AdministrativeOn is null && v.Status == VerificationStatus.Administrative)
            errors.Add("Tanggal verifikasi administratif wajib diisi (administrative verification date is missing).");
        if (v.Status == VerificationStatus.Factual && v.FactualOn is null) errors.Add("Tanggal verifikasi faktual wajib diisi (factual verification date is missing).");
        if (v.Status == VerificationStatus.Factual && string.IsNullOrWhiteSpace(v.CertificateNumber))
            errors.Add("Nomor sertifikat wajib diisi untuk verifikasi faktual (certificate number is missing).");
        if (v.Status != VerificationStatus.Factual && (v.FactualOn is not null || !string.IsNullOrWhiteSpace(v.CertificateNumber)))
            errors.Add("Tanggal faktual dan sertifikat hanya untuk status faktual (factual date and certificate need the factual status).");
        if (v.Status == VerificationStatus.None && v.AdministrativeOn is not null)
            errors.Add("Tanggal administratif diisi padahal status belum terverifikasi (administrative date without a status).");
        if (v.AdministrativeOn is { } a && v.FactualOn is { } f && f < a) errors.Add("Verifikasi faktual sebelum administratif (factual before administrative).");
        if (v.CertificateNumber is { Length: > 100 }) errors.Add("Nomor sertifikat maksimal 100 karakter.");
        return errors;
    }

    public async Task<List<string>> UpdateVerificationAsync(int outletId, VerificationDraft v, CancellationToken ct = default)
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

    public async Task<List<string>> AddPositionAsync(int outletId, string? name, UkwLevel ukw, string? certificate, PositionRole role, CancellationToken ct = default)
    {
        var outlet = await FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null);
        var errors = new List<string>();
        name = Clean(name);
        certificate = Clean(certificate);
        if (name is null) errors.Add("Nama wajib diisi (name is missing).");
        else if (name.Length > 200) errors.Add("Nama maksimal 200 karakter.");
        if (ukw != UkwLevel.None && certificate is null) errors.Add("Nomor sertifikat UKW wajib diisi bila ada jenjang UKW (UKW level without certificate).");
        if (ukw == UkwLevel.None && certificate is not null) errors.Add("Nomor sertifikat diisi tanpa jenjang UKW (certificate without a UKW level).");
        if (errors.Count > 0) return errors;

        // The certificate number identifies a journalist across outlets; without one, a new person is recorded.
        var person = certificate is null ? null : await db.Set<Person>().SingleOrDefaultAsync(p => p.UkwCertificate == certificate, ct);
        if (person is not null && !string.Equals(person.Name, name, StringComparison.OrdinalIgnoreCase))
            return [$"Sertifikat {certificate} sudah tercatat atas nama {person.Name} (certificate already belongs to another person)."];
        person ??= new Person { Name = name!, Ukw = ukw, UkwCertificate = certificate };
        if (person.Id == 0) db.Add(person);
        else person.Ukw = ukw;
        if (person.Id != 0 && await db.Set<OutletPosition>().AnyAsync(p => p.OutletId == outletId && p.PersonId == person.Id && p.Role == role, ct))
            return ["Orang ini sudah memegang jabatan tersebut (already holds this post)."];
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
