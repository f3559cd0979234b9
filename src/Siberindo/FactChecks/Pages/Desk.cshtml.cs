using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Partners;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.FactChecks.Pages;

/// <summary>
/// /admin/cek-fakta, the fact-checkers' desk: the reports queue with each report's 2 x 24 hour clock, the articles
/// the matcher found (to confirm or reject), the checks of the desk's area, and the desk's statistics.
/// </summary>
[Authorize(Policy = Roles.Staff)]
public sealed class DeskModel(SiberindoDb db, AccessScope scope, HoaxReports reports, FactCheckRegistry registry, TimeProvider clock) : PageModel
{
    public sealed record Suggestion(long MatchId, long ArticleId, string ArticleTitle, string OutletName, long FactCheckId, string FactCheckTitle,
        double Score, MatchRelation Relation, MatchState State);

    public List<HoaxReport> Open { get; private set; } = [];
    public List<HoaxReport> Closed { get; private set; } = [];
    public List<Suggestion> Suggestions { get; private set; } = [];
    public List<FactCheck> Checks { get; private set; } = [];
    public ReportStatistics Statistics { get; private set; } = null!;
    /// <summary>The refusal of the last post, for the summary; <see cref="Refused"/> says which report's field it is about.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public Refusal? Refused { get; private set; }
    [BindProperty, Display(Name = "Berkas JSON-LD (paling besar 5 MB)")] public IFormFile? ImportFile { get; set; }
    public string? Message { get; private set; }
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(string? pesan, CancellationToken ct)
    {
        if (!scope.IsFactChecker) return NotFound();
        Message = pesan switch { "impor" => "Impor selesai.", "ok" => "Tersimpan.", _ => null };
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostTakeAsync(long id, CancellationToken ct) => Act(id, () => reports.TakeAsync(id, ct), ct);
    public Task<IActionResult> OnPostRejectAsync(long id, string? reason, CancellationToken ct) => Act(id, () => reports.RejectAsync(id, reason, ct), ct);
    public Task<IActionResult> OnPostDuplicateAsync(long id, long of, CancellationToken ct) => Act(id, () => reports.DuplicateAsync(id, of, ct), ct);
    public Task<IActionResult> OnPostAnswerAsync(long id, long factCheck, CancellationToken ct) => Act(id, () => reports.AnswerAsync(id, factCheck, ct), ct);
    public Task<IActionResult> OnPostConfirmAsync(long match, CancellationToken ct) => Act(null, () => registry.DecideAsync(match, confirm: true, ct), ct);
    public Task<IActionResult> OnPostRejectMatchAsync(long match, CancellationToken ct) => Act(null, () => registry.DecideAsync(match, confirm: false, ct), ct);

    /// <summary>A partner desk's ClaimReview file, checked as the command checks it: all or nothing.</summary>
    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        var file = ImportFile;
        if (!scope.IsFactChecker) return NotFound();
        string? error = null;
        if (file is null || file.Length == 0) error = "Pilih berkas ClaimReview JSON (choose a file).";
        else if (file.Length > MaxImportBytes) error = "Berkas impor paling besar 5 MB (file too large).";
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var (drafts, errors) = ClaimReviewJson.Read(await reader.ReadToEndAsync(ct));
            if (errors.Count == 0 && drafts.Count == 0) errors.Add(new(0, "tidak ada ClaimReview di berkas ini (no ClaimReview found)"));
            if (errors.Count == 0)
            {
                var result = await registry.ImportAsync(drafts, ct);
                errors.AddRange(result.Errors);
            }
            if (errors.Count > 0) error = "Tidak ada yang diimpor: " + string.Join("; ", errors.Take(5).Select(e => $"baris {e.Line}: {e.Message}"));
        }
        if (error is null) return Redirect("/admin/cek-fakta?pesan=impor");
        Errors = FormErrors.Show(ViewData, [new(error, nameof(ImportFile))]);
        await LoadAsync(ct);
        return Page();
    }

    public const long MaxImportBytes = 5 * 1024 * 1024;

    async Task<IActionResult> Act(long? report, Func<Task<FormError?>> change, CancellationToken ct)
    {
        if (!scope.IsFactChecker) return NotFound();
        var error = await change();
        if (error is null) return Redirect("/admin/cek-fakta?pesan=ok");
        db.ChangeTracker.Clear();
        // Every open report has its own small form with the same field names, so a refusal names the report's field
        // by its id, not its name: only that report's field is marked, described by its message and keeps what was typed.
        Refused = report is { } r && error.Field is { } field ? new(r, field, error.Message, Request.Form[field].ToString()) : null;
        Errors = FormErrors.Show(ViewData, [error with { Field = Refused is null ? null : FieldId(Refused.ReportId, Refused.Field) }]);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A refused post's message about one field ("reason", "of", "factCheck") of one report's form, and what was typed there.</summary>
    public sealed record Refusal(long ReportId, string Field, string Message, string Typed);

    /// <summary>The id of a report's field in the queue, unique on the page.</summary>
    public static string FieldId(long report, string field) => $"laporan-{report}-{field}";

    /// <summary>A field of a report's form in the queue (<c>_QueueField</c>): a positive number or a short text.</summary>
    public sealed record QueueField(long Report, string Name, string Label, bool Number, Refusal? Refused);

    public QueueField Field(long report, string name, string label, bool number) => new(report, name, label, number, RefusalOf(report, name));

    /// <summary>The refusal if it is about this report's field.</summary>
    public Refusal? RefusalOf(long report, string field) => Refused is { } r && r.ReportId == report && r.Field == field ? r : null;

    async Task LoadAsync(CancellationToken ct)
    {
        Open = await reports.Visible().AsNoTracking().Where(r => r.State == ReportState.New || r.State == ReportState.InProgress)
            .OrderBy(r => r.ReceivedAt).Take(100).ToListAsync(ct);
        Closed = await reports.Visible().AsNoTracking().Where(r => r.ClosedAt != null).OrderByDescending(r => r.ClosedAt).Take(10).ToListAsync(ct);
        Checks = await registry.Editable().AsNoTracking().OrderByDescending(f => f.Published).Take(50).ToListAsync(ct);
        var checkIds = registry.Editable().Select(f => f.Id);
        Suggestions = (await db.Set<FactCheckMatch>().AsNoTracking()
            .Where(m => checkIds.Contains(m.FactCheckId) && (m.State == MatchState.Suggested || m.State == MatchState.Labelled))
            .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { m, a.Title, Outlet = a.Outlet!.Name })
            .Join(db.Set<FactCheck>(), x => x.m.FactCheckId, f => f.Id, (x, f) => new Suggestion(x.m.Id, x.m.ArticleId, x.Title, x.Outlet, f.Id, f.Title, x.m.Score, x.m.Relation, x.m.State))
            .ToListAsync(ct)).OrderByDescending(s => s.State).ThenByDescending(s => s.Score).Take(100).ToList();
        Statistics = await reports.StatisticsAsync(8, ct);
    }

    public static string Clock(HoaxReport r, DateTime now)
    {
        var left = r.Deadline - now;
        return left >= TimeSpan.Zero ? $"sisa {(int)left.TotalHours} jam {left.Minutes} menit" : $"lewat {(int)(-left).TotalHours} jam";
    }

    public static string Duration(TimeSpan? t) => t is { } d ? $"{(int)d.TotalHours} jam {d.Minutes} menit" : "—";
}
