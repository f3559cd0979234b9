using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Core.Feeds.Html;
using Siberindo.Core.Files;
using Siberindo.Partners;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.FactChecks;

/// <summary>What the public form sends (the screenshot apart).</summary>
public sealed record ReportDraft(string? Text, string? Link, FactCheckCategory Category, string? ProvinceCode, string? Contact);

/// <summary>
/// Hoax reports: the public form's intake (checked, capped per address, the screenshot checked by content) and the
/// desk's queue (take, answer with a fact-check, reject with a reason, mark a duplicate), scoped like fact-checks and
/// audited. The 2 x 24 hour clock runs from <see cref="HoaxReport.ReceivedAt"/> until the report is closed.
/// </summary>
public sealed class HoaxReports(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, TimeProvider clock)
{
    public const int MaxText = 5000, PerAddressPerHour = 5;
    public const long MaxScreenshotBytes = 2 * 1024 * 1024;
    const string ScreenshotField = "Screenshot";
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static string HashOf(IPAddress? address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("siberindo-laporan:" + (address?.ToString() ?? "?"))))[..32];

    public async Task<(HoaxReport? Report, List<FormError> Errors)> SubmitAsync(ReportDraft d, IFormFile? screenshot, IPAddress? from, CancellationToken ct = default)
    {
        // Each problem names the draft field (or "Screenshot", the upload) it is about, as the report form posts them.
        var errors = new List<FormError>();
        // Markup is not what a reader meant to send: kept as its plain text (scripts dropped), shown encoded anyway.
        var text = (d.Text ?? "").Contains('<') ? HtmlText.FromHtml(d.Text) ?? "" : (d.Text ?? "").Trim();
        if (text.Length == 0) errors.Add(new("Tuliskan isi konten yang ingin dilaporkan (describe the content).", nameof(d.Text)));
        if (text.Length > MaxText) errors.Add(new($"Isi laporan paling panjang {MaxText} karakter (text too long).", nameof(d.Text)));
        var link = string.IsNullOrWhiteSpace(d.Link) ? null : d.Link.Trim();
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https") || link.Length > 2000))
            errors.Add(new("Tautan harus alamat http(s) yang lengkap (the link must be a full http(s) URL).", nameof(d.Link)));
        var province = string.IsNullOrWhiteSpace(d.ProvinceCode) ? null : d.ProvinceCode.Trim();
        if (province is not null && regions.Province(province) is null) errors.Add(new("Provinsi tidak dikenal (unknown province).", nameof(d.ProvinceCode)));
        var contact = string.IsNullOrWhiteSpace(d.Contact) ? null : d.Contact.Trim();
        if (contact is { Length: > 200 }) errors.Add(new("Kontak paling panjang 200 karakter (contact too long).", nameof(d.Contact)));
        if (!Enum.IsDefined(d.Category)) errors.Add(new("Kategori tidak dikenal (unknown category).", nameof(d.Category)));
        CheckedUpload? image = null;
        if (screenshot is { Length: > 0 })
        {
            if (screenshot.Length > MaxScreenshotBytes) errors.Add(new($"Tangkapan layar paling besar {MaxScreenshotBytes / 1024 / 1024} MB (screenshot too large).", ScreenshotField));
            else
            {
                var (file, error) = await Uploads.CheckAsync(screenshot, allowPhotos: true, ct);
                if (error is not null) errors.Add(new(error, ScreenshotField));
                else if (!UploadSniffer.IsImage(file!.Kind)) errors.Add(new("Tangkapan layar harus gambar JPEG, PNG atau WebP menurut isinya (only images, checked by content).", ScreenshotField));
                else image = file;
            }
        }
        var source = HashOf(from);
        var since = Now - TimeSpan.FromHours(1);
        if (await db.Set<HoaxReport>().CountAsync(r => r.SourceHash == source && r.ReceivedAt >= since, ct) >= PerAddressPerHour)
            errors.Add(new($"Sudah {PerAddressPerHour} laporan dari alamat Anda dalam satu jam terakhir; coba lagi nanti (too many reports from your address)."));
        if (errors.Count > 0) return (null, errors);

        var report = new HoaxReport
        {
            Text = text, Link = link, Category = d.Category, ProvinceCode = province, Contact = contact, SourceHash = source,
            ReceivedAt = Now, HasScreenshot = image is not null,
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        if (image is not null)
        {
            db.Add(new HoaxReportImage { ReportId = report.Id, ContentType = UploadSniffer.ContentType(image.Kind), Content = image.Content });
            await db.SaveChangesAsync(ct);
        }
        return (report, []);
    }

    /// <summary>The reports this user's desk handles: a provincial checker its province's, a national one all.</summary>
    public IQueryable<HoaxReport> Visible() => scope.IsNational || scope.FactCheckArea == ""
        ? db.Set<HoaxReport>()
        : scope.FactCheckArea is { Length: > 0 } p ? db.Set<HoaxReport>().Where(r => r.ProvinceCode == p) : db.Set<HoaxReport>().Where(r => false);

    async Task<HoaxReport> OwnAsync(long id, CancellationToken ct)
    {
        var report = await Visible().SingleOrDefaultAsync(r => r.Id == id, ct);
        scope.Demand(report is not null);
        return report!;
    }

    // The desk's refusals name the field of the report's form they are about, as the desk posts it ("reason", "of",
    // "factCheck"); a closed report's refusal is about no field.
    public async Task<FormError?> TakeAsync(long id, CancellationToken ct = default)
    {
        var r = await OwnAsync(id, ct);
        if (!r.IsOpen) return new("Laporan ini sudah ditutup (already closed).");
        r.State = ReportState.InProgress;
        r.TakenBy = scope.UserName;
        audit.Record("take", nameof(HoaxReport), r.Id, $"Laporan #{r.Id}", r.ProvinceCode, null, $"Diproses oleh {scope.UserName}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    public Task<FormError?> RejectAsync(long id, string? reason, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult<FormError?>(new("Alasan penolakan wajib diisi (a reason is required).", "reason"))
            : CloseAsync(id, ReportState.Rejected, "reject", r => r.RejectReason = reason.Trim()[..Math.Min(reason.Trim().Length, 1000)], r => $"Ditolak: {r.RejectReason}", ct);

    public async Task<FormError?> DuplicateAsync(long id, long of, CancellationToken ct = default) =>
        of == id || !await Visible().AnyAsync(o => o.Id == of, ct)
            ? new($"Laporan #{of} tidak ditemukan (no such report).", "of")
            : await CloseAsync(id, ReportState.Duplicate, "duplicate", r => r.DuplicateOfId = of, _ => $"Duplikat dari laporan #{of}", ct);

    /// <summary>Closes a report with the fact-check that answers it (a new one, or one published before).</summary>
    public async Task<FormError?> AnswerAsync(long id, long factCheckId, CancellationToken ct = default) =>
        !await db.Set<FactCheck>().AnyAsync(f => f.Id == factCheckId, ct)
            ? new($"Cek fakta #{factCheckId} tidak ditemukan (no such fact-check).", "factCheck")
            : await CloseAsync(id, ReportState.Answered, "answer", r => r.FactCheckId = factCheckId, _ => $"Dijawab dengan cek fakta #{factCheckId}", ct);

    // Closing stops the report's clock; who closed it and how is audited in the same save.
    async Task<FormError?> CloseAsync(long id, ReportState state, string action, Action<HoaxReport> apply, Func<HoaxReport, string> summary, CancellationToken ct)
    {
        var r = await OwnAsync(id, ct);
        if (!r.IsOpen) return new("Laporan ini sudah ditutup (already closed).");
        r.State = state;
        r.ClosedAt = Now;
        r.TakenBy ??= scope.UserName;
        apply(r);
        audit.Record(action, nameof(HoaxReport), r.Id, $"Laporan #{r.Id}", r.ProvinceCode, null, summary(r));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<HoaxReportImage?> ScreenshotAsync(long id, CancellationToken ct)
    {
        await OwnAsync(id, ct);
        return await db.Set<HoaxReportImage>().AsNoTracking().SingleOrDefaultAsync(i => i.ReportId == id, ct);
    }

    /// <summary>The desk's figures over the reports it sees (Meedan Check's tipline figures).</summary>
    public async Task<ReportStatistics> StatisticsAsync(int weeks, CancellationToken ct = default)
    {
        var now = Now;
        var since = now.AddDays(-7 * weeks);
        var rows = await Visible().AsNoTracking().Where(r => r.ReceivedAt >= since)
            .Select(r => new { r.ReceivedAt, r.ClosedAt, r.State, r.Category }).ToListAsync(ct);
        var perWeek = Enumerable.Range(0, weeks).Select(w =>
        {
            var start = now.AddDays(-7 * (weeks - w));
            return new WeekCount(start, rows.Count(r => r.ReceivedAt >= start && r.ReceivedAt < start.AddDays(7)));
        }).ToList();
        var answered = rows.Where(r => r.State == ReportState.Answered && r.ClosedAt is not null).Select(r => r.ClosedAt!.Value - r.ReceivedAt).OrderBy(t => t).ToList();
        TimeSpan? median = answered.Count == 0 ? null
            : answered.Count % 2 == 1 ? answered[answered.Count / 2] : (answered[answered.Count / 2 - 1] + answered[answered.Count / 2]) / 2;
        // Reports whose promise has come due, or that were closed: the share answered within it.
        var due = rows.Where(r => r.ClosedAt is not null || now - r.ReceivedAt >= HoaxReport.Promise).ToList();
        var inTime = due.Count(r => r.State == ReportState.Answered && r.ClosedAt - r.ReceivedAt <= HoaxReport.Promise);
        var categories = rows.GroupBy(r => r.Category).OrderByDescending(g => g.Count()).Select(g => (g.Key, g.Count())).ToList();
        return new ReportStatistics(rows.Count, perWeek, median, due.Count == 0 ? null : (double)inTime / due.Count, categories,
            rows.Count(r => r.State is ReportState.New or ReportState.InProgress && now - r.ReceivedAt > HoaxReport.Promise));
    }
}

public sealed record WeekCount(DateTime Start, int Reports);

public sealed record ReportStatistics(int Total, List<WeekCount> PerWeek, TimeSpan? MedianToAnswer, double? AnsweredWithin48h,
    List<(FactCheckCategory Category, int Count)> Categories, int Overdue);
