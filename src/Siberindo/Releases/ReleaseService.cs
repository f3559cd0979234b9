using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Core.Feeds.Html;
using Siberindo.Partners;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;
using Siberindo.Core.Text;

namespace Siberindo.Releases;

/// <summary>
/// A partner's work on its releases: drafts, scheduling with an embargo, attachments, corrections and withdrawal. A
/// partner's staff reach only their organisation's releases (checked on every id: another partner's release is "not
/// found"), admin pusat all of them. Every change is audited in the same save. A refusal names the form field it is
/// about (the <see cref="ReleaseForm"/>'s property, or the capitalised parameter: "EmbargoUntil", "Headline", "BodyHtml",
/// "Note", "Reason", "File"), so the partner's form shows it there; one about the release's state names none.
/// </summary>
public sealed class ReleaseService(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, TimeProvider clock, EmbargoWatch embargo)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The releases this user may work on.</summary>
    public IQueryable<Release> Owned() => scope.PartnerId is { } partner
        ? db.Set<Release>().Where(r => r.PartnerId == partner)
        : scope.IsNational ? db.Set<Release>() : db.Set<Release>().Where(r => false);

    public IQueryable<Partner> Partners() => scope.PartnerId is { } partner
        ? db.Set<Partner>().Where(p => p.Id == partner)
        : scope.IsNational ? db.Set<Partner>() : db.Set<Partner>().Where(p => false);

    public async Task<Release> OwnedAsync(long id, CancellationToken ct)
    {
        var release = await Owned().Include(r => r.Targets).SingleOrDefaultAsync(r => r.Id == id, ct);
        scope.Demand(release is not null);
        return release!;
    }

    public async Task<(Release? Release, List<FormError> Errors)> CreateAsync(int partnerId, ReleaseForm form, CancellationToken ct = default)
    {
        var partner = await Partners().AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnerId, ct);
        scope.Demand(partner is not null);
        var errors = Validate(form);
        if (errors.Count > 0) return (null, errors);
        var now = Now;
        var release = new Release
        {
            PartnerId = partnerId, Headline = "", Slug = "", BodyHtml = "", CreatedAt = now, UpdatedAt = now, IsDemo = partner!.IsDemo,
        };
        Apply(release, form);
        db.Add(release);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "Release", release.Id, release.Headline, partner, AuditDiff.Snapshot(("Mitra", partner.Name), ("Status", "draf")));
        await db.SaveChangesAsync(ct);
        return (release, []);
    }

    /// <summary>Changes a release before its embargo lifts (a draft, or a scheduled release). After that: a correction.</summary>
    public async Task<List<FormError>> UpdateAsync(long id, ReleaseForm form, CancellationToken ct = default)
    {
        var release = await OwnedAsync(id, ct);
        if (release.StatusAt(Now) is not (ReleaseStatus.Draft or ReleaseStatus.Scheduled))
            return [new("Rilis yang sudah terbit hanya dapat dikoreksi (a published release can only be corrected).")];
        var errors = Validate(form);
        if (errors.Count > 0) return errors;
        var before = (release.Headline, release.National, Targets: TargetText(release));
        Apply(release, form);
        audit.Record("update", "Release", release.Id, release.Headline, await PlaceAsync(release, ct),
            new AuditDiff().Field("Judul", before.Headline, release.Headline).Field("Nasional", before.National, release.National)
                .Field("Wilayah", before.Targets, TargetText(release)).ToString());
        await db.SaveChangesAsync(ct);
        embargo.EmbargoesChanged();
        return [];
    }

    /// <summary>
    /// Releases the text with its embargo: nobody outside the partner sees it before <paramref name="embargoUntil"/>
    /// (now when empty or past). Until then it can still be changed, rescheduled or withdrawn.
    /// </summary>
    public async Task<List<FormError>> ScheduleAsync(long id, DateTime? embargoUntil, CancellationToken ct = default)
    {
        var release = await OwnedAsync(id, ct);
        var now = Now;
        var status = release.StatusAt(now);
        if (status is not (ReleaseStatus.Draft or ReleaseStatus.Scheduled)) return [new("Rilis ini sudah terbit atau ditarik (already out or withdrawn).")];
        if (!release.National && release.Targets.Count == 0) return [new("Pilih wilayah sasaran: nasional, provinsi atau kabupaten/kota (choose target regions).", nameof(ReleaseForm.Provinces))];
        var instant = embargoUntil is { } e && e.ToUniversalTime() > now ? DateTime.SpecifyKind(e.ToUniversalTime(), DateTimeKind.Utc) : now;
        if (instant > now.AddDays(90)) return [new("Embargo paling lama 90 hari ke depan (an embargo may be at most 90 days ahead).", "EmbargoUntil")];
        var before = release.EmbargoUntil;
        release.State = ReleaseState.Released;
        release.EmbargoUntil = instant;
        release.ReleasedAt = now;
        release.Version = 1;
        release.UpdatedAt = now;
        audit.Record("status", "Release", release.Id, release.Headline, await PlaceAsync(release, ct),
            new AuditDiff().Field("Status", ReleaseLabels.Of(status), ReleaseLabels.Of(instant > now ? ReleaseStatus.Scheduled : ReleaseStatus.Published))
                .Field("Embargo", before?.ToString("u"), instant.ToString("u")).ToString());
        await db.SaveChangesAsync(ct);
        embargo.EmbargoesChanged();
        return [];
    }

    /// <summary>A correction of a release that is out: the previous text is kept in its history, and outlets that received it are told by webhook.</summary>
    public async Task<List<FormError>> CorrectAsync(long id, string? headline, string? bodyHtml, string? note, CancellationToken ct = default)
    {
        var release = await OwnedAsync(id, ct);
        var now = Now;
        if (release.StatusAt(now) is not (ReleaseStatus.Published or ReleaseStatus.Corrected)) return [new("Hanya rilis yang sudah terbit yang dapat dikoreksi (only a published release can be corrected).")];
        var errors = new List<FormError>();
        var text = SafeHtml.Sanitize(bodyHtml);
        if (string.IsNullOrWhiteSpace(headline) || headline.Trim().Length > 300) errors.Add(new(MissingHeadline, "Headline"));
        if (text is null) errors.Add(new(MissingBody, "BodyHtml"));
        if (string.IsNullOrWhiteSpace(note) || note.Length > 2000) errors.Add(new("Tuliskan apa yang dikoreksi (say what was corrected).", "Note"));
        if (errors.Count > 0) return errors;
        db.Add(new ReleaseCorrection { ReleaseId = id, At = now, Note = note!.Trim(), PreviousHeadline = release.Headline, PreviousBodyHtml = release.BodyHtml, Version = release.Version });
        var diff = new AuditDiff().Field("Judul", release.Headline, headline!.Trim()).Field("Isi", release.BodyHtml.Length, text!.Length);
        release.Headline = headline.Trim();
        release.BodyHtml = text;
        release.CorrectedAt = now;
        release.Version++;
        release.UpdatedAt = now;
        await NotifyReceiversAsync(release, "release.corrected", now, ct);
        audit.Record("correct", "Release", release.Id, release.Headline, await PlaceAsync(release, ct), $"{diff}; Catatan: {note.Trim()}");
        await db.SaveChangesAsync(ct);
        embargo.PagesChanged();
        return [];
    }

    /// <summary>Withdraws a release, with the reason shown where it was (a draft or a scheduled one simply never comes out).</summary>
    public async Task<List<FormError>> WithdrawAsync(long id, string? reason, CancellationToken ct = default)
    {
        var release = await OwnedAsync(id, ct);
        var now = Now;
        var status = release.StatusAt(now);
        if (status == ReleaseStatus.Withdrawn) return [new("Rilis ini sudah ditarik (already withdrawn).")];
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000) return [new("Alasan penarikan wajib diisi (a reason is required).", "Reason")];
        release.State = ReleaseState.Withdrawn;
        release.WithdrawnAt = now;
        release.WithdrawnReason = reason.Trim();
        release.UpdatedAt = now;
        await NotifyReceiversAsync(release, "release.withdrawn", now, ct);
        audit.Record("status", "Release", release.Id, release.Headline, await PlaceAsync(release, ct),
            $"{new AuditDiff().Field("Status", ReleaseLabels.Of(status), ReleaseLabels.Of(ReleaseStatus.Withdrawn))}; Alasan: {reason.Trim()}");
        await db.SaveChangesAsync(ct);
        embargo.EmbargoesChanged();
        embargo.PagesChanged();
        return [];
    }

    public async Task<List<FormError>> AttachAsync(long id, IFormFile file, string? caption, CancellationToken ct = default)
    {
        var release = await OwnedAsync(id, ct);
        if (release.State == ReleaseState.Withdrawn) return [new("Rilis yang ditarik tidak dapat diberi lampiran (withdrawn).")];
        if (await db.Set<ReleaseAttachment>().CountAsync(a => a.ReleaseId == id, ct) >= 20) return [new("Paling banyak 20 lampiran per rilis (at most 20 attachments).", "File")];
        var (upload, error) = await Uploads.CheckAsync(file, allowPhotos: true, ct);
        if (upload is null) return [new(error!, "File")];
        var attachment = new ReleaseAttachment
        {
            ReleaseId = id, Kind = Core.Files.UploadSniffer.IsImage(upload.Kind) ? AttachmentKind.Photo : AttachmentKind.Pdf,
            FileName = upload.FileName, ContentType = Core.Files.UploadSniffer.ContentType(upload.Kind), Size = upload.Content.Length,
            Caption = StoredText.ClipTyped(caption, 500), CreatedAt = Now,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(ct);
        db.Add(new ReleaseFile { AttachmentId = attachment.Id, Content = upload.Content });
        audit.Record("update", "Release", release.Id, release.Headline, await PlaceAsync(release, ct), AuditDiff.Snapshot(("Lampiran", attachment.FileName), ("Ukuran", attachment.Size)));
        await db.SaveChangesAsync(ct);
        embargo.PagesChanged();
        return [];
    }

    public async Task<List<FormError>> RemoveAttachmentAsync(long id, long attachmentId, CancellationToken ct = default)
    {
        var release = await OwnedAsync(id, ct);
        var attachment = await db.Set<ReleaseAttachment>().SingleOrDefaultAsync(a => a.Id == attachmentId && a.ReleaseId == id, ct);
        if (attachment is null) return [new("Lampiran tidak ditemukan (no such attachment).")];
        db.Remove(attachment);
        audit.Record("delete", "Release", release.Id, release.Headline, await PlaceAsync(release, ct), AuditDiff.Snapshot(("Lampiran", attachment.FileName)));
        await db.SaveChangesAsync(ct);
        embargo.PagesChanged();
        return [];
    }

    /// <summary>An attachment of one's own release (a partner previews its files before the embargo).</summary>
    public async Task<(ReleaseAttachment Attachment, byte[] Content)?> OwnAttachmentAsync(long id, long attachmentId, CancellationToken ct)
    {
        var attachment = await db.Set<ReleaseAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ReleaseId == id && Owned().Any(r => r.Id == a.ReleaseId)).SingleOrDefaultAsync(ct);
        if (attachment is null) return null;
        return (attachment, await db.Set<ReleaseFile>().Where(f => f.AttachmentId == attachmentId).Select(f => f.Content).SingleAsync(ct));
    }

    /// <summary>Outlets that received the release hear of its correction or withdrawal through their webhooks.</summary>
    private async Task NotifyReceiversAsync(Release release, string @event, DateTime now, CancellationToken ct)
    {
        var hooks = await db.Set<ReleaseDelivery>().Where(d => d.ReleaseId == release.Id)
            .Join(db.Set<ReleaseWebhook>().Where(w => w.Active), d => d.OutletId, w => w.OutletId, (d, w) => new { w.Id, w.OutletId })
            .ToListAsync(ct);
        db.AddRange(hooks.Select(h => new WebhookSend { WebhookId = h.Id, ReleaseId = release.Id, OutletId = h.OutletId, Event = @event, NextAttemptAt = now, CreatedAt = now }));
    }

    private const string MissingHeadline = "Judul wajib diisi, paling panjang 300 karakter (headline is missing).";
    private const string MissingBody = "Isi rilis wajib diisi (the body is missing).";

    private List<FormError> Validate(ReleaseForm f)
    {
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(f.Headline) || f.Headline.Trim().Length > 300) errors.Add(new(MissingHeadline, nameof(f.Headline)));
        if (SafeHtml.Sanitize(f.BodyHtml) is not { } body || HtmlText.FromHtml(body) is not { Length: > 0 }) errors.Add(new(MissingBody, nameof(f.BodyHtml)));
        else if (body.Length > 200_000) errors.Add(new("Isi rilis terlalu panjang (the body is too long).", nameof(f.BodyHtml)));
        if (f.Dateline is { Length: > 200 }) errors.Add(new("Dateline paling panjang 200 karakter.", nameof(f.Dateline)));
        if (f.Boilerplate is { Length: > 4000 }) errors.Add(new("Boilerplate paling panjang 4.000 karakter.", nameof(f.Boilerplate)));
        if (f.Contacts is { Length: > 2000 }) errors.Add(new("Kontak paling panjang 2.000 karakter.", nameof(f.Contacts)));
        if (f.UsageTerms is { Length: > 1000 }) errors.Add(new("Ketentuan penggunaan paling panjang 1.000 karakter.", nameof(f.UsageTerms)));
        if (f.EdNote is { Length: > 2000 }) errors.Add(new("Catatan untuk redaksi paling panjang 2.000 karakter.", nameof(f.EdNote)));
        if (f.Urgency is < 1 or > 9) errors.Add(new("Urgensi 1 (paling mendesak) sampai 9 (IPTC urgency 1-9).", nameof(f.Urgency)));
        foreach (var p in f.Provinces.Where(p => regions.Province(p) is null)) errors.Add(new($"Kode provinsi '{p}' tidak dikenal (unknown province).", nameof(f.Provinces)));
        foreach (var r in f.Regencies.Where(r => regions.Regency(r) is null)) errors.Add(new($"Kode kabupaten/kota '{r}' tidak dikenal (unknown regency).", nameof(f.Regencies)));
        return errors;
    }

    private void Apply(Release release, ReleaseForm f)
    {
        release.Headline = f.Headline!.Trim();
        release.Slug = Core.Slug.From(release.Headline, 90);
        release.Dateline = Blank(f.Dateline);
        release.BodyHtml = SafeHtml.Sanitize(f.BodyHtml)!;
        release.Boilerplate = Blank(f.Boilerplate);
        release.Contacts = Blank(f.Contacts);
        release.Category = f.Category;
        release.Urgency = f.Urgency;
        release.UsageTerms = Blank(f.UsageTerms);
        release.EdNote = Blank(f.EdNote);
        release.National = f.National;
        release.UpdatedAt = Now;
        release.Targets.Clear();
        if (f.National) return;
        // A regency target carries its province, so "releases for a province" is one indexed lookup.
        foreach (var p in f.Provinces.Distinct()) release.Targets.Add(new ReleaseTarget { ProvinceCode = p });
        foreach (var r in f.Regencies.Distinct()) release.Targets.Add(new ReleaseTarget { ProvinceCode = regions.Regency(r)!.ProvinceCode, RegencyCode = r });
    }

    private static string TargetText(Release r) => r.National ? "nasional" : string.Join(", ", r.Targets.Select(t => t.RegencyCode ?? t.ProvinceCode));

    private async Task<Partner> PlaceAsync(Release release, CancellationToken ct) =>
        await db.Set<Partner>().AsNoTracking().SingleAsync(p => p.Id == release.PartnerId, ct);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A URL-safe random secret (delivery keys, feed tokens, webhook secrets).</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
