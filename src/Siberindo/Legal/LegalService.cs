using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Partners;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Legal;

public sealed record LegalDraft(int OutletId, LegalCaseKind Kind, string? Title, string? Summary);

/// <summary>
/// Legal-assistance cases. Every read and change goes through <see cref="LegalVisibility"/>; a case outside it does
/// not exist for the user (404). Audit entries name the case by number only and carry no place, so they reveal
/// nothing to anyone but national admins (the audit log shows entries without a place to them alone). A refusal
/// names the form field it is about (the draft's property, or the capitalised parameter: "Name", "On", "File"), so the
/// case pages show it there.
/// </summary>
public sealed class LegalService(SiberindoDb db, AccessScope scope, AuditLog audit, UserManager<SiberindoUser> users, TimeProvider clock)
{
    private static readonly string[] HelperRoles = [Roles.Admin, Roles.ProvinceAdmin, Roles.RegencyAdmin];

    public IQueryable<LegalCase> Cases() => LegalVisibility.Visible(db.Set<LegalCase>(), scope);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Opens a case: an outlet's editor for its own outlet (the member asking for help), a board admin for an outlet
    /// of its area, who then helps on it.
    /// </summary>
    public async Task<(LegalCase? Case, List<FormError> Errors)> OpenAsync(LegalDraft d, CancellationToken ct = default)
    {
        var outlet = await scope.Outlets(db.Outlets).SingleOrDefaultAsync(o => o.Id == d.OutletId, ct);
        if (outlet is null) return (null, [new("Media tidak ditemukan di wilayah Anda (outlet not found in your area).", nameof(d.OutletId))]);
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Trim().Length > LegalLimits.Title) errors.Add(new($"Judul kasus wajib diisi, maksimal {LegalLimits.Title} karakter (title is missing).", nameof(d.Title)));
        if (string.IsNullOrWhiteSpace(d.Summary) || d.Summary.Trim().Length > LegalLimits.Text) errors.Add(new($"Uraian singkat wajib diisi, maksimal {LegalLimits.Text} karakter (summary is missing).", nameof(d.Summary)));
        if (!Enum.IsDefined(d.Kind)) errors.Add(new("Jenis sengketa tidak dikenal (unknown kind).", nameof(d.Kind)));
        if (errors.Count > 0) return (null, errors);
        var c = new LegalCase
        {
            OutletId = outlet.Id, ProvinceCode = outlet.ProvinceCode, RegencyCode = outlet.RegencyCode, Kind = d.Kind, Status = LegalCaseStatus.Received,
            Title = d.Title!.Trim(), Summary = d.Summary!.Trim(), OpenedOn = Today, OpenedBy = scope.UserName,
        };
        if (scope.IsBoardAdmin && scope.UserId is { } me) c.Helpers.Add(new LegalHelper { UserId = me, UserName = scope.UserName });
        db.Add(c);
        await db.SaveChangesAsync(ct);
        Audit(c, "create", $"Kasus dibuka ({LegalLabels.Of(c.Kind)})");
        await db.SaveChangesAsync(ct);
        return (c, []);
    }

    public async Task<List<FormError>> AddPartyAsync(int caseId, string? name, LegalPartyRole role, string? note, CancellationToken ct = default)
    {
        var c = await FindAsync(caseId, ct);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200) return [new("Nama pihak wajib diisi, maksimal 200 karakter (name is missing).", "Name")];
        if (note is { Length: > 500 }) return [new("Keterangan maksimal 500 karakter.", "Note")];
        if (!Enum.IsDefined(role)) return [new("Peran tidak dikenal (unknown role).", "Role")];
        c.Parties.Add(new LegalParty { Name = name.Trim(), Role = role, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() });
        Audit(c, "update", "Pihak ditambahkan");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<FormError>> AddEntryAsync(int caseId, DateOnly? on, string? text, CancellationToken ct = default)
    {
        var c = await FindAsync(caseId, ct);
        if (on is null || on > Today || on < Today.AddYears(-30)) return [new("Tanggal kronologi wajib diisi dan tidak di masa depan (date is missing or in the future).", "On")];
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > LegalLimits.Text) return [new($"Isi kronologi wajib diisi, maksimal {LegalLimits.Text} karakter (text is missing).", "Text")];
        c.Chronology.Add(new LegalEntry { On = on.Value, Text = text.Trim(), RecordedBy = scope.UserName, RecordedAt = clock.GetUtcNow().UtcDateTime });
        Audit(c, "update", "Kronologi ditambahkan");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>A PDF or a photo (checked by its bytes, at most 10 MB / 5 MB), stored with the case.</summary>
    public async Task<List<FormError>> AddDocumentAsync(int caseId, string? title, IFormFile? file, CancellationToken ct = default)
    {
        var c = await FindAsync(caseId, ct);
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200) return [new("Judul dokumen wajib diisi, maksimal 200 karakter (title is missing).", "Title")];
        if (file is null || file.Length == 0) return [new("Pilih berkas dokumen (no file chosen).", "File")];
        var (upload, error) = await Uploads.CheckAsync(file, allowPhotos: true, ct);
        if (upload is null) return [new(error!, "File")];
        if (await db.Set<LegalDocument>().CountAsync(x => x.CaseId == caseId, ct) >= 50) return [new("Satu kasus paling banyak 50 dokumen (at most 50 documents).", "File")];
        c.Documents.Add(new LegalDocument
        {
            Title = title.Trim(), FileName = upload.FileName, ContentType = Core.Files.UploadSniffer.ContentType(upload.Kind), Content = upload.Content,
            UploadedBy = scope.UserName, UploadedAt = clock.GetUtcNow().UtcDateTime,
        });
        Audit(c, "update", "Dokumen ditambahkan");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<FormError>> SetStatusAsync(int caseId, LegalCaseStatus? chosen, CancellationToken ct = default)
    {
        var c = await FindAsync(caseId, ct);
        scope.Demand(LegalVisibility.Handles(c, scope));
        if (chosen is not { } status || !Enum.IsDefined(status)) return [new("Status tidak dikenal (unknown status).", "Status")];
        Audit(c, "status", new AuditDiff().Field("status", LegalLabels.Of(c.Status), LegalLabels.Of(status)).ToString());
        c.Status = status;
        c.ClosedOn = LegalLabels.IsClosed(status) ? c.ClosedOn ?? Today : null;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Assigns a board account (admin pusat, provinsi or kab/kota) to help; national admins and the case's helpers may.</summary>
    public async Task<List<FormError>> AssignHelperAsync(int caseId, string? email, CancellationToken ct = default)
    {
        var c = await FindAsync(caseId, ct);
        scope.Demand(LegalVisibility.Handles(c, scope));
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null) return [new("Akun dengan email itu tidak ditemukan (no account with that email).", "Email")];
        var roles = await users.GetRolesAsync(user);
        if (!roles.Any(HelperRoles.Contains)) return [new("Pendamping harus akun pengurus (admin pusat, provinsi atau kab/kota) (helpers are board accounts).", "Email")];
        if (c.Helpers.Any(h => h.UserId == user.Id)) return [new("Akun ini sudah menjadi pendamping kasus (already a helper).", "Email")];
        c.Helpers.Add(new LegalHelper { UserId = user.Id, UserName = user.UserName ?? user.Email ?? user.Id });
        Audit(c, "update", $"Pendamping ditambahkan: {user.UserName}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<LegalDocument?> DocumentAsync(int caseId, int documentId, CancellationToken ct) =>
        await Cases().AnyAsync(c => c.Id == caseId, ct)
            ? await db.Set<LegalDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, ct)
            : null;

    private async Task<LegalCase> FindAsync(int caseId, CancellationToken ct)
    {
        var c = await Cases().Include(x => x.Helpers).Include(x => x.Parties).Include(x => x.Chronology).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        scope.Demand(c is not null);
        return c!;
    }

    // No place and no details: the entry is seen by national admins only, and says what kind of change it was.
    private void Audit(LegalCase c, string action, string summary) => audit.Record(action, "LegalCase", c.Id, $"Kasus #{c.Id}", null, null, summary);
}
