using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Programs;
using Siberindo.Storage;
using Siberindo.Shared.Admin;

namespace Siberindo.Programs.Pages;

public sealed class EventDetailModel(SiberindoDb db, ProgramService programs, AccessScope scope) : ChangePage(db)
{
    public sealed record Invitee(int OutletId, string Name, string? RegencyCode, bool? Attended, int Participants);

    public AssociationEvent Event { get; private set; } = null!;
    public List<Invitee> Outlets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>One row's attendance as posted: the page shows it again in that row, with the reason, when it is refused.</summary>
    public sealed record AttendancePost(int OutletId, bool Attended, int Participants);

    public AttendancePost? Posted { get; private set; }

    /// <summary>The id of the message next to the refused row's participant count.</summary>
    public const string RowErrorId = "attendance-error";

    // One form per row, named by hand: each row shows its own outlet's values, which asp-for (one value per page) cannot.
    public Task<IActionResult> OnPostAsync(int id, int outletId, bool attended, int participants, CancellationToken ct)
    {
        Posted = new AttendancePost(outletId, attended, participants);
        return ChangeAsync(id, () => programs.Events().AnyAsync(e => e.Id == id, ct),
            () => programs.SetAttendanceAsync(id, outletId, attended, participants, ct), $"/admin/kegiatan/{id}", ct);
    }

    /// <summary>The outlets of the event's area (that the user may see), with their attendance where recorded.</summary>
    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var found = await programs.Events().AsNoTracking().Include(e => e.Attendance).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (found is null) return false;
        Event = found;
        var outlets = scope.Outlets(Db.Outlets).AsNoTracking();
        if (found.RegencyCode is { } r) outlets = outlets.Where(o => o.RegencyCode == r);
        else if (found.ProvinceCode is { } p) outlets = outlets.Where(o => o.ProvinceCode == p);
        var attendance = found.Attendance.ToDictionary(a => a.OutletId);
        Outlets = (await outlets.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.RegencyCode }).Take(2000).ToListAsync(ct))
            .Select(o => new Invitee(o.Id, o.Name, o.RegencyCode, attendance.TryGetValue(o.Id, out var a) ? a.Attended : null, attendance.TryGetValue(o.Id, out var b) ? b.Participants : 0))
            .OrderByDescending(o => o.Attended == true).ThenBy(o => o.Name).ToList();
        return true;
    }
}
