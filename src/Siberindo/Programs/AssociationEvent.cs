using Siberindo.Accounts;
using Siberindo.Outlets;

namespace Siberindo.Programs;

public enum EventKind { Bimtek = 0, Rakernas = 1, Rakerwil = 2, Seminar = 3, Pelatihan = 4, Lainnya = 5, CekFakta = 6 }

/// <summary>A training, work meeting or seminar run by a board, national or in one province/regency.</summary>
public sealed class AssociationEvent : IRegional
{
    public int Id { get; init; }
    public EventKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string Place { get; set; }
    public string? ProvinceCode { get; set; }
    public string? RegencyCode { get; set; }
    public List<EventAttendance> Attendance { get; init; } = [];
}

/// <summary>An outlet invited to an event, and how many of its people came.</summary>
public sealed class EventAttendance
{
    public int EventId { get; init; }
    public int OutletId { get; init; }
    public Outlet? Outlet { get; init; }
    public bool Attended { get; set; }
    public int Participants { get; set; }
}

public enum WorkItemStatus { Planned = 0, InProgress = 1, Done = 2, Cancelled = 3 }

/// <summary>A board's one-year work program (program kerja), usually set at a rakernas or rakerwil.</summary>
public sealed class WorkProgram
{
    public int Id { get; init; }
    public int BoardId { get; init; }
    public int Year { get; init; }
    public List<WorkProgramItem> Items { get; init; } = [];
}

public sealed class WorkProgramItem
{
    public int Id { get; init; }
    public int WorkProgramId { get; init; }
    public required string Title { get; set; }
    public WorkItemStatus Status { get; set; }
    public string? Note { get; set; }
}
