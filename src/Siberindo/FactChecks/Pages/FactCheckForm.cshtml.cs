using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Regions;
using Siberindo.Shared;

namespace Siberindo.FactChecks.Pages;

/// <summary>
/// /admin/cek-fakta/tulis (a new check, optionally answering a report: ?laporan=) and /admin/cek-fakta/{id}/koreksi
/// (a correction, whose reason is published with the check's history).
/// </summary>
[Authorize(Policy = Roles.Staff)]
public sealed class FactCheckFormModel(FactCheckRegistry registry, HoaxReports reports, AccessScope scope, RegionCatalog regions) : PageModel
{
    // Nullable, so that an empty field is the registry's to refuse (with its message next to the field), not an
    // implicitly required one's. The names are the ones posted (and the draft's), kept for the tests and imports.
    [BindProperty, Display(Name = "Judul")] public string? Title { get; set; }
    [BindProperty, Display(Name = "Klaim yang diperiksa")] public string? ClaimReviewed { get; set; }
    [BindProperty, Display(Name = "Penyebar klaim")] public string? Claimant { get; set; }
    [BindProperty, Display(Name = "Tempat klaim beredar (satu URL per baris)")] public string? Appearances { get; set; }
    [BindProperty, Display(Name = "Pertama terlihat")] public DateTime? ClaimFirstSeen { get; set; }
    [BindProperty, Display(Name = "Penilaian")] public FactCheckRating Rating { get; set; } = FactCheckRating.KontenPalsu;
    [BindProperty, Display(Name = "Kategori")] public FactCheckCategory Category { get; set; } = FactCheckCategory.Lainnya;
    [BindProperty, Display(Name = "Penjelasan singkat")] public string? Explanation { get; set; }
    [BindProperty, Display(Name = "Isi pemeriksaan (paragraf dipisah baris kosong)")] public string? Body { get; set; }
    [BindProperty, Display(Name = "Sumber yang diperiksa (satu URL per baris)")] public string? EvidenceLinks { get; set; }
    [BindProperty, Display(Name = "Tim pemeriksa")] public string? Reviewer { get; set; }
    [BindProperty, Display(Name = "Wilayah")] public string? ProvinceCode { get; set; }
    [BindProperty, Display(Name = "Alasan koreksi (terbit bersama riwayat koreksi)")] public string? Note { get; set; }
    [BindProperty(SupportsGet = true)] public long? Laporan { get; set; }
    public long? Id { get; private set; }
    public HoaxReport? Report { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IEnumerable<ProvinceInfo> Provinces => regions.Provinces.Where(p => scope.CanCheckFacts(p.Code));
    public bool MayBeNational => scope.CanCheckFacts(null);

    // "tulis" for a new check, the check's id for a correction.
    static long? IdOf(string key) => long.TryParse(key, out var id) ? id : null;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var id = IdOf(key);
        if (!scope.IsFactChecker) return NotFound();
        Id = id;
        if (id is { } existing)
        {
            var f = await registry.Editable().AsNoTracking().SingleOrDefaultAsync(c => c.Id == existing, ct);
            if (f is null) return NotFound();
            (Title, ClaimReviewed, Claimant, Appearances, ClaimFirstSeen, Rating, Category) = (f.Title, f.ClaimReviewed, f.Claimant, f.Appearances, f.ClaimFirstSeen, f.Rating, f.Category);
            (Explanation, Body, EvidenceLinks, Reviewer, ProvinceCode) = (f.Explanation, f.Body, f.EvidenceLinks, f.Reviewer, f.ProvinceCode);
        }
        else if (Laporan is { } reportId)
        {
            Report = await reports.Visible().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId, ct);
            if (Report is null) return NotFound();
            (ClaimReviewed, Category, ProvinceCode, Appearances) = (Report.Text.Length > 2000 ? Report.Text[..2000] : Report.Text, Report.Category, Report.ProvinceCode, Report.Link);
        }
        if (!MayBeNational) ProvinceCode ??= scope.FactCheckArea;
        return Page();
    }

    FactCheckDraft Draft() => new(null, Title ?? "", ClaimReviewed ?? "", Claimant, Appearances, ClaimFirstSeen, Rating, null, Category,
        Explanation ?? "", Body ?? "", EvidenceLinks, Reviewer ?? "", ProvinceCode, null);

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        var id = IdOf(key);
        if (!scope.IsFactChecker) return NotFound();
        Id = id;
        if (id is { } existing)
        {
            var problems = await registry.CorrectAsync(existing, Draft(), Note ?? "", ct);
            if (problems.Count == 0) return Redirect("/admin/cek-fakta?pesan=ok");
            return Refused(problems);
        }
        var (check, errors) = await registry.PublishAsync(Draft(), ct);
        if (check is null) return Refused(errors);
        if (Laporan is { } reportId && await reports.AnswerAsync(reportId, check.Id, ct) is { } refused) return Refused([refused with { Field = null }]); // about the report, not a field here
        return Redirect(FactCheckPages.Url(check.Id, check.Slug));
    }

    // The fields keep what was typed (asp-for shows the posted values); each problem is shown next to its field.
    PageResult Refused(IEnumerable<FormError> problems)
    {
        Errors = FormErrors.Show(ViewData, problems);
        return Page();
    }
}
