using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Boards;
using Siberindo.Regions;
using Siberindo.Shared;

namespace Siberindo.Boards.Pages;

/// <summary>Boards in the user's area, which regencies have one (table and picture), and a form for a new board.</summary>
[Authorize(Policy = Roles.BoardAdmin)]
public sealed class BoardsModel(BoardService boards, AccessScope scope, RegionCatalog regions, TimeProvider clock) : PageModel
{
    public sealed record Row(Board Board, string Name, string? Ketua, int Officers);

    public List<Row> Boards { get; private set; } = [];
    public List<(string ProvinceName, IReadOnlyList<RegencyCoverage> Regencies)> Coverage { get; private set; } = [];
    public string CoverageSvg { get; private set; } = "";
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public AccessScope Scope => scope;
    /// <summary>Whether the form draws the province field: others hold their own province, and a refusal of it is said in the summary only.</summary>
    public bool ChoosesProvince => scope.IsNational;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    // The new board's fields, posted under their own names (Level, TermStart, ...) as the page has always taken them.
    [BindProperty, Display(Name = "Tingkat")] public BoardLevel Level { get; set; } = BoardLevel.Regency;
    [BindProperty, Display(Name = "Provinsi (pengurus provinsi)")] public string? ProvinceCode { get; set; }
    [BindProperty, Display(Name = "Kabupaten/kota (pengurus kab/kota)")] public string? RegencyCode { get; set; }
    [BindProperty, Display(Name = "Awal masa bakti")] public DateOnly? TermStart { get; set; }
    [BindProperty, Display(Name = "Akhir masa bakti")] public DateOnly? TermEnd { get; set; }
    [BindProperty, Display(Name = "Tanggal pengukuhan")] public DateOnly? InauguratedOn { get; set; }
    [BindProperty, Display(Name = "Nomor SK")] public string? DecreeNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (TermStart is null || TermEnd is null)
            Errors = FormErrors.Show(ViewData, [new FormError("Masa bakti (awal dan akhir) wajib diisi (term dates are missing).", TermStart is null ? nameof(TermStart) : nameof(TermEnd))]);
        else
        {
            var (board, errors) = await boards.CreateAsync(new BoardDraft(Level, ProvinceCode, RegencyCode, TermStart.Value, TermEnd.Value, InauguratedOn, DecreeNumber), ct);
            if (board is not null) return Redirect($"/admin/pengurus/{board.Id}");
            Errors = FormErrors.Show(ViewData, ChoosesProvince ? errors : errors.Renamed(nameof(ProvinceCode), null));
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = await boards.Boards().AsNoTracking().Include(b => b.Officers)
            .OrderBy(b => b.Level).ThenBy(b => b.ProvinceCode).ThenBy(b => b.RegencyCode).ThenByDescending(b => b.TermStart).Take(2000).ToListAsync(ct);
        Boards = list.Select(b => new Row(b, boards.NameOf(b), b.Officers.FirstOrDefault(o => o.Position == OfficerPosition.Ketua)?.Name, b.Officers.Count)).ToList();
        var provinces = scope.Level switch
        {
            ScopeLevel.National => regions.Provinces,
            _ => regions.Provinces.Where(p => p.Code == scope.ProvinceCode).ToList(),
        };
        foreach (var p in provinces)
        {
            var coverage = await boards.CoverageAsync(p.Code, Today, ct);
            if (scope.Level == ScopeLevel.Regency) coverage = coverage.Where(c => c.Regency.Code == scope.RegencyCode).ToList();
            Coverage.Add((p.Name, coverage));
        }
        CoverageSvg = Siberindo.Boards.CoverageSvg.Draw(Coverage);
    }
}
