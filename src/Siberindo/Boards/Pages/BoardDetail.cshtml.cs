using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Boards;
using Siberindo.Programs;
using Siberindo.Storage;
using Siberindo.Shared.Admin;

namespace Siberindo.Boards.Pages;

/// <summary>One board: its term and inauguration, officers, and its yearly work programs with their items.</summary>
public sealed class BoardDetailModel(SiberindoDb db, BoardService boards, ProgramService programs, TimeProvider clock) : ChangePage(db)
{
    public Board Board { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public List<WorkProgram> Programs { get; private set; } = [];
    public Dictionary<int, string> OutletNames { get; private set; } = [];
    public int ThisYear => clock.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostTermAsync(int id, DateOnly termStart, DateOnly termEnd, DateOnly? inauguratedOn, string? decreeNumber, CancellationToken ct) =>
        Handle(id, () => boards.UpdateAsync(id, termStart, termEnd, inauguratedOn, decreeNumber, ct), ct);

    public Task<IActionResult> OnPostOfficerAsync(int id, OfficerPosition position, string? name, int? outletId, CancellationToken ct) =>
        Handle(id, () => boards.AddOfficerAsync(id, position, name, outletId, ct), ct);

    public Task<IActionResult> OnPostRemoveOfficerAsync(int id, int officerId, CancellationToken ct) =>
        Handle(id, async () => await boards.RemoveOfficerAsync(id, officerId, ct) ? [] : ["Pengurus tidak ditemukan."], ct);

    public Task<IActionResult> OnPostItemAsync(int id, int year, string? title, CancellationToken ct) =>
        Handle(id, () => programs.AddItemAsync(id, year, title, ct), ct);

    public Task<IActionResult> OnPostItemStatusAsync(int id, int itemId, WorkItemStatus status, string? note, CancellationToken ct) =>
        Handle(id, () => programs.SetItemStatusAsync(id, itemId, status, note, ct), ct);

    private Task<IActionResult> Handle(int id, Func<Task<List<string>>> change, CancellationToken ct) =>
        ChangeAsync(id, () => boards.Boards().AnyAsync(b => b.Id == id, ct), change, $"/admin/pengurus/{id}", ct);

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var board = await boards.Boards().AsNoTracking().Include(b => b.Officers).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (board is null) return false;
        Board = board;
        Name = boards.NameOf(board);
        Programs = await Db.Set<WorkProgram>().AsNoTracking().Include(p => p.Items).Where(p => p.BoardId == id).OrderByDescending(p => p.Year).ToListAsync(ct);
        var outletIds = board.Officers.Where(o => o.OutletId != null).Select(o => o.OutletId!.Value).ToList();
        OutletNames = await Db.Outlets.Where(o => outletIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return true;
    }
}
