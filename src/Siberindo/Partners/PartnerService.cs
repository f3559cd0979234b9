using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Boards;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Partners;

public sealed record PartnerDraft(string? Name, PartnerKind Kind, string? ProvinceCode, string? RegencyCode, string? Website, string? Email, string? Phone);

public sealed record AgreementDraft(int PartnerId, int BoardId, string? Title, string? Number, string? Scope, DateOnly? StartsOn, DateOnly? EndsOn, AgreementStatus Status);

/// <summary>An agreement that ends soon (a reminder to renew it), with its parties' names.</summary>
public sealed record EndingAgreement(int Id, string Title, int PartnerId, string PartnerName, int BoardId, DateOnly EndsOn, int DaysLeft);

/// <summary>
/// Partners, their accounts and their agreements with the association's boards. Board admins manage those of their
/// area (the partner's or the board's place); a partner's own staff see their organisation only. Every change is
/// audited in the same save.
/// </summary>
public sealed class PartnerService(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, TimeProvider clock,
    UserManager<SiberindoUser> users, RoleManager<IdentityRole> roles, IOptions<PartnerOptions> options)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The partners this user may see: admin pusat all, board admins those of their area, partner staff their own.</summary>
    public IQueryable<Partner> Partners() => scope.PartnerId is { } own
        ? db.Set<Partner>().Where(p => p.Id == own)
        : scope.Regional(db.Set<Partner>());

    public IQueryable<Agreement> Agreements() => scope.PartnerId is { } own
        ? db.Set<Agreement>().Where(a => a.PartnerId == own)
        : scope.Regional(db.Set<Agreement>());

    public async Task<(Partner? Partner, List<FormError> Errors)> CreateAsync(PartnerDraft d, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var errors = new List<FormError>();
        var name = d.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) errors.Add(new("Nama mitra wajib diisi, paling panjang 200 karakter (name is missing).", nameof(d.Name)));
        string? province = string.IsNullOrWhiteSpace(d.ProvinceCode) ? null : d.ProvinceCode.Trim(), regency = string.IsNullOrWhiteSpace(d.RegencyCode) ? null : d.RegencyCode.Trim();
        if (regency is not null)
        {
            if (regions.Regency(regency) is { } r) province = r.ProvinceCode;
            else errors.Add(new("Kabupaten/kota tidak dikenal (unknown regency).", nameof(d.RegencyCode)));
        }
        else if (province is not null && regions.Province(province) is null) errors.Add(new("Provinsi tidak dikenal (unknown province).", nameof(d.ProvinceCode)));
        if (errors.Count == 0 && !(province is null ? scope.IsNational : regency is null ? scope.CoversProvince(province) : scope.Covers(province, regency)))
            errors.Add(new("Wilayah mitra di luar kewenangan Anda (outside your area).", regency is null ? nameof(d.ProvinceCode) : nameof(d.RegencyCode)));
        if (d.Email is { Length: > 0 } email && !email.Contains('@')) errors.Add(new("Email mitra tidak sah (invalid email).", nameof(d.Email)));
        if (d.Website is { Length: > 0 } site && !Uri.TryCreate(site.Trim(), UriKind.Absolute, out _)) errors.Add(new("Situs mitra harus URL lengkap (website must be a full URL).", nameof(d.Website)));
        if (errors.Count > 0) return (null, errors);
        var slug = Core.Slug.From(name, 90);
        for (var k = 2; await db.Set<Partner>().AnyAsync(p => p.Slug == slug, ct); k++) slug = $"{Core.Slug.From(name, 90)}-{k}";
        var partner = new Partner
        {
            Name = name, Slug = slug, Kind = d.Kind, ProvinceCode = province, RegencyCode = regency, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Website = Blank(d.Website), Email = Blank(d.Email), Phone = Blank(d.Phone),
        };
        db.Add(partner);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "Partner", partner.Id, partner.Name, partner,
            AuditDiff.Snapshot(("Jenis", PartnerLabels.Of(partner.Kind)), ("Provinsi", province), ("Kab/kota", regency), ("Situs", partner.Website), ("Email", partner.Email)));
        await db.SaveChangesAsync(ct);
        return (partner, []);
    }

    /// <summary>
    /// An account of the partner role for one of the partner's staff, with a generated password shown once (as the
    /// accounts page does). Board admins who see the partner may make them.
    /// </summary>
    public async Task<(string? Password, List<string> Errors)> CreateAccountAsync(int partnerId, string? email, string? displayName, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var partner = await Partners().AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnerId, ct);
        scope.Demand(partner is not null);
        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@')) return (null, ["Email akun wajib diisi (an email is needed)."]);
        if (!await roles.RoleExistsAsync(Roles.Partner)) await roles.CreateAsync(new IdentityRole(Roles.Partner));
        var password = AdminAccounts.GeneratePassword();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new SiberindoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Blank(displayName), ScopePartnerId = partnerId };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, created.Errors.Select(e => e.Description).ToList());
        var added = await users.AddToRoleAsync(user, Roles.Partner);
        if (!added.Succeeded) return (null, added.Errors.Select(e => e.Description).ToList());
        audit.Record("create", "User", user.Id, email, partner!, AuditDiff.Snapshot(("Peran", Roles.Label(Roles.Partner)), ("Mitra", partner!.Name)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (password, []);
    }

    /// <summary>Names of partners that agreements of the user's area name (a national partner may work with a provincial board).</summary>
    public Task<Dictionary<int, string>> PartnerNamesAsync(IReadOnlyList<int> ids, CancellationToken ct) =>
        db.Set<Partner>().AsNoTracking().Where(p => ids.Contains(p.Id) && Agreements().Any(a => a.PartnerId == p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

    public async Task<List<string>> AccountsOfAsync(int partnerId, CancellationToken ct = default) =>
        await db.Users.AsNoTracking().Where(u => u.ScopePartnerId == partnerId).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(ct);

    /// <summary>The boards an agreement may be made with: those of the user's area.</summary>
    public IQueryable<Board> Boards() => scope.Regional(db.Set<Board>());

    public async Task<(Agreement? Agreement, List<FormError> Errors)> CreateAgreementAsync(AgreementDraft d, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var partner = await Partners().AsNoTracking().SingleOrDefaultAsync(p => p.Id == d.PartnerId, ct);
        scope.Demand(partner is not null);
        var board = await Boards().AsNoTracking().SingleOrDefaultAsync(b => b.Id == d.BoardId, ct);
        var errors = new List<FormError>();
        if (board is null) errors.Add(new("Pengurus tidak ditemukan di wilayah Anda (board not found in your area).", nameof(d.BoardId)));
        var title = d.Title?.Trim() ?? "";
        if (title.Length is 0 or > 300) errors.Add(new("Judul kerja sama wajib diisi, paling panjang 300 karakter (title is missing).", nameof(d.Title)));
        var scopeText = d.Scope?.Trim() ?? "";
        if (scopeText.Length is 0 or > 4000) errors.Add(new("Ruang lingkup wajib diisi, paling panjang 4.000 karakter (scope is missing).", nameof(d.Scope)));
        if (d.StartsOn is null || d.EndsOn is null) errors.Add(new("Tanggal mulai dan berakhir wajib diisi (start and end dates are needed).", d.StartsOn is null ? nameof(d.StartsOn) : nameof(d.EndsOn)));
        else if (d.EndsOn <= d.StartsOn) errors.Add(new("Tanggal berakhir harus setelah tanggal mulai (the end must follow the start).", nameof(d.EndsOn)));
        if (d.Number is { Length: > 100 }) errors.Add(new("Nomor perjanjian paling panjang 100 karakter.", nameof(d.Number)));
        if (errors.Count > 0) return (null, errors);
        var agreement = new Agreement
        {
            PartnerId = partner!.Id, BoardId = board!.Id, ProvinceCode = board.ProvinceCode, RegencyCode = board.RegencyCode,
            Title = title, Number = Blank(d.Number), Scope = scopeText, StartsOn = d.StartsOn!.Value, EndsOn = d.EndsOn!.Value, Status = d.Status,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(agreement);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "Agreement", agreement.Id, agreement.Title, agreement, AuditDiff.Snapshot(("Mitra", partner.Name), ("Pengurus", board.Id),
            ("Nomor", agreement.Number), ("Mulai", agreement.StartsOn), ("Berakhir", agreement.EndsOn), ("Status", PartnerLabels.Of(agreement.Status))));
        await db.SaveChangesAsync(ct);
        return (agreement, []);
    }

    public async Task<List<string>> SetStatusAsync(int agreementId, AgreementStatus status, DateOnly? endsOn, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var agreement = await Agreements().SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        scope.Demand(agreement is not null);
        if (endsOn is { } end && end <= agreement!.StartsOn) return ["Tanggal berakhir harus setelah tanggal mulai (the end must follow the start)."];
        var diff = new AuditDiff().Field("Status", PartnerLabels.Of(agreement!.Status), PartnerLabels.Of(status)).Field("Berakhir", agreement.EndsOn, endsOn ?? agreement.EndsOn);
        agreement.Status = status;
        if (endsOn is { } e) agreement.EndsOn = e;
        if (!diff.IsEmpty) audit.Record("status", "Agreement", agreement.Id, agreement.Title, agreement, diff.ToString());
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Stores the signed document (a PDF, checked by content and size), replacing an earlier one.</summary>
    public async Task<List<string>> AttachDocumentAsync(int agreementId, IFormFile file, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var agreement = await Agreements().SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        scope.Demand(agreement is not null);
        var (upload, error) = await Uploads.CheckAsync(file, allowPhotos: false, ct);
        if (upload is null) return [error!];
        var document = await db.Set<AgreementDocument>().SingleOrDefaultAsync(d => d.AgreementId == agreementId, ct);
        if (document is null) db.Add(new AgreementDocument { AgreementId = agreementId, Content = upload.Content });
        else document.Content = upload.Content;
        audit.Record("update", "Agreement", agreement!.Id, agreement.Title, agreement, new AuditDiff().Field("Dokumen", agreement.DocumentName, upload.FileName).ToString());
        agreement.DocumentName = upload.FileName;
        agreement.DocumentSize = upload.Content.Length;
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<(byte[] Content, string Name)?> DocumentAsync(int agreementId, CancellationToken ct = default)
    {
        var agreement = await Agreements().AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement?.DocumentName is null) return null;
        var content = await db.Set<AgreementDocument>().Where(d => d.AgreementId == agreementId).Select(d => d.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : (content, agreement.DocumentName);
    }

    /// <summary>Agreements in force that end within <see cref="PartnerOptions.AgreementReminderDays"/>: time to renew them.</summary>
    public async Task<List<EndingAgreement>> EndingSoonAsync(CancellationToken ct = default)
    {
        var today = Today;
        var horizon = today.AddDays(options.Value.AgreementReminderDays);
        var rows = await Agreements().AsNoTracking().Where(a => a.Status == AgreementStatus.Active && a.EndsOn >= today && a.EndsOn <= horizon)
            .Join(db.Set<Partner>(), a => a.PartnerId, p => p.Id, (a, p) => new { a.Id, a.Title, a.PartnerId, p.Name, a.BoardId, a.EndsOn })
            .ToListAsync(ct);
        return rows.Select(r => new EndingAgreement(r.Id, r.Title, r.PartnerId, r.Name, r.BoardId, r.EndsOn, r.EndsOn.DayNumber - today.DayNumber))
            .OrderBy(r => r.EndsOn).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
