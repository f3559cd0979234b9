using Microsoft.EntityFrameworkCore;
using Siberindo.Boards;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Programs;
using Siberindo.Regions;
using Siberindo.Storage;
using Siberindo.Verification;

namespace Siberindo.Statistics;

public sealed record ProvinceFigures(string ProvinceCode, string ProvinceName, int Members, int Administrative, int Factual)
{
    public int Verified => Administrative + Factual;
}

public sealed record TrendPoint(DateOnly On, int Members, int Administrative, int Factual)
{
    public int Verified => Administrative + Factual;
}

public sealed record RegionalReport(
    string ProvinceCode, string ProvinceName, int Year, DateOnly AsOf,
    ProvinceFigures End, ProvinceFigures Start, int NewMembers, int Left,
    int NewlyAdministrative, int NewlyFactual,
    IReadOnlyList<(string Outlet, string Regency, DateOnly On)> NewMemberList,
    IReadOnlyList<(string Outlet, VerificationStatus Level, DateOnly On)> VerifiedList,
    IReadOnlyList<(string Regency, DateOnly? InauguratedOn, string? Ketua)> BoardsFormed,
    int RegenciesWithBoard, int Regencies,
    IReadOnlyList<(string Title, EventKind Kind, DateOnly On, string Place, int Outlets, int Participants)> Events,
    int CasesOpened, int CasesClosed, IReadOnlyList<TrendPoint> Monthly,
    IReadOnlyList<(string Regency, int Members, int Verified)> ByRegency);

/// <summary>
/// The association's figures: members and verified members by province and over time, all computed the same way from
/// the membership history and verification dates, so the public page, the CSV/XLSX files and the year-end report agree.
/// </summary>
public sealed class MemberStatistics(SiberindoDb db, RegionCatalog regions, TimeProvider clock)
{
    private sealed record Row(int OutletId, string Name, string? ProvinceCode, string? RegencyCode, DateOnly? AdministrativeOn, DateOnly? FactualOn);

    private sealed class Snapshot(List<Row> rows, ILookup<int, MembershipEvent> history)
    {
        public List<Row> Rows => rows;
        public MembershipStatus? StatusOn(int outletId, DateOnly day)
        {
            MembershipStatus? status = null;
            foreach (var e in history[outletId]) if (e.On <= day) status = e.Status; else break;
            return status;
        }
        public IEnumerable<MembershipEvent> History(int outletId) => history[outletId];
        public bool IsMember(Row r, DateOnly day) => StatusOn(r.OutletId, day) == MembershipStatus.Member;
        public static VerificationStatus LevelOn(Row r, DateOnly day) =>
            r.FactualOn <= day ? VerificationStatus.Factual : r.AdministrativeOn <= day ? VerificationStatus.Administrative : VerificationStatus.None;
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The last day of the year, or today while the year runs.</summary>
    public DateOnly AsOf(int year) => new DateOnly(year, 12, 31) < Today ? new DateOnly(year, 12, 31) : Today;

    private async Task<Snapshot> LoadAsync(string? provinceCode, CancellationToken ct)
    {
        var rows = await db.Set<MemberRecord>().AsNoTracking()
            .Where(m => provinceCode == null || m.Outlet!.ProvinceCode == provinceCode)
            .Select(m => new Row(m.OutletId, m.Outlet!.Name, m.Outlet.ProvinceCode, m.Outlet.RegencyCode, m.AdministrativeOn, m.FactualOn))
            .ToListAsync(ct);
        var ids = rows.Select(r => r.OutletId).ToHashSet();
        var events = await db.Set<MembershipEvent>().AsNoTracking()
            .Where(e => provinceCode == null || db.Outlets.Any(o => o.Id == e.OutletId && o.ProvinceCode == provinceCode))
            .ToListAsync(ct);
        return new Snapshot(rows, events.Where(e => ids.Contains(e.OutletId)).OrderBy(e => e.On).ThenBy(e => e.Id).ToLookup(e => e.OutletId));
    }

    public async Task<List<ProvinceFigures>> ByProvinceAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var snapshot = await LoadAsync(null, ct);
        // One pass over the members, grouped by province, rather than one pass per province.
        var members = snapshot.Rows.Where(r => snapshot.IsMember(r, asOf)).ToLookup(r => r.ProvinceCode);
        return regions.Provinces.Select(p => Figures(members[p.Code], p, asOf)).ToList();
    }

    private static ProvinceFigures Figures(Snapshot s, ProvinceInfo p, DateOnly day) =>
        Figures(s.Rows.Where(r => r.ProvinceCode == p.Code && s.IsMember(r, day)), p, day);

    private static ProvinceFigures Figures(IEnumerable<Row> memberRows, ProvinceInfo p, DateOnly day)
    {
        var members = memberRows.ToList();
        return new ProvinceFigures(p.Code, p.Name, members.Count,
            members.Count(r => Snapshot.LevelOn(r, day) == VerificationStatus.Administrative),
            members.Count(r => Snapshot.LevelOn(r, day) == VerificationStatus.Factual));
    }

    /// <summary>Members and verified members at the end of each year (the running year: today), nationally or in one province.</summary>
    public async Task<List<TrendPoint>> YearlyAsync(string? provinceCode = null, CancellationToken ct = default)
    {
        var snapshot = await LoadAsync(provinceCode, ct);
        var first = snapshot.Rows.Count == 0 ? Today.Year : Math.Min(Today.Year, FirstYear(snapshot));
        return Enumerable.Range(first, Today.Year - first + 1).Select(y => Point(snapshot, AsOf(y))).ToList();
    }

    private static int FirstYear(Snapshot s) =>
        s.Rows.SelectMany(r => s.History(r.OutletId)).Select(e => e.On.Year).DefaultIfEmpty(DateTime.UtcNow.Year).Min();

    private static TrendPoint Point(Snapshot s, DateOnly day)
    {
        var members = s.Rows.Where(r => s.IsMember(r, day)).ToList();
        return new TrendPoint(day, members.Count,
            members.Count(r => Snapshot.LevelOn(r, day) == VerificationStatus.Administrative),
            members.Count(r => Snapshot.LevelOn(r, day) == VerificationStatus.Factual));
    }

    /// <summary>Everything the year-end report of one province says, from the same computation as the statistics page.</summary>
    public async Task<RegionalReport?> RegionalAsync(string provinceCode, int year, CancellationToken ct = default)
    {
        if (regions.Province(provinceCode) is not { } province) return null;
        var snapshot = await LoadAsync(provinceCode, ct);
        var (start, end) = (new DateOnly(year - 1, 12, 31), AsOf(year));
        var inYear = (DateOnly d) => d.Year == year && d <= end;
        var regencyName = (string? code) => code is null ? "—" : regions.Regency(code)?.Name ?? code;

        var joined = snapshot.Rows.Where(r => !snapshot.IsMember(r, start) && snapshot.IsMember(r, end)).ToList();
        var left = snapshot.Rows.Count(r => snapshot.IsMember(r, start) && !snapshot.IsMember(r, end));
        var newMemberList = joined.Select(r => (r.Name, regencyName(r.RegencyCode), FirstMemberDay(snapshot, r.OutletId, year)))
            .OrderBy(x => x.Item3).ThenBy(x => x.Name).ToList();
        var verified = snapshot.Rows.Where(r => snapshot.IsMember(r, end))
            .SelectMany(r => new[] { (r, VerificationStatus.Administrative, r.AdministrativeOn), (r, VerificationStatus.Factual, r.FactualOn) })
            .Where(x => x.Item3 is { } d && inYear(d))
            .Select(x => (x.r.Name, x.Item2, x.Item3!.Value)).OrderBy(x => x.Item3).ThenBy(x => x.Name).ToList();

        var boards = await db.Set<Board>().AsNoTracking().Include(b => b.Officers)
            .Where(b => b.Level == BoardLevel.Regency && b.ProvinceCode == provinceCode).ToListAsync(ct);
        var formed = boards.Where(b => (b.InauguratedOn ?? b.TermStart) is var d && inYear(d))
            .OrderBy(b => b.InauguratedOn ?? b.TermStart)
            .Select(b => (regencyName(b.RegencyCode), b.InauguratedOn, b.Officers.FirstOrDefault(o => o.Position == OfficerPosition.Ketua)?.Name)).ToList();
        var covered = boards.Where(b => b.IsActiveOn(end)).Select(b => b.RegencyCode).Distinct().Count();

        var events = await db.Set<AssociationEvent>().AsNoTracking()
            .Where(e => e.ProvinceCode == provinceCode && e.StartsOn.Year == year && e.StartsOn <= end)
            .OrderBy(e => e.StartsOn)
            .Select(e => new { e.Title, e.Kind, e.StartsOn, e.Place, Outlets = e.Attendance.Count(a => a.Attended), People = e.Attendance.Sum(a => a.Participants) })
            .ToListAsync(ct);
        var cases = await db.Set<AssistanceCase>().AsNoTracking().Where(c => c.Outlet!.ProvinceCode == provinceCode)
            .Select(c => new { c.OpenedOn, c.ClosedOn }).ToListAsync(ct);
        var monthly = Enumerable.Range(1, 12).Select(m => new DateOnly(year, m, 1).AddMonths(1).AddDays(-1)).Where(d => d <= end)
            .Append(end).Distinct().Select(d => Point(snapshot, d)).ToList();
        var byRegency = snapshot.Rows.Where(r => snapshot.IsMember(r, end)).GroupBy(r => r.RegencyCode)
            .Select(g => (regencyName(g.Key), g.Count(), g.Count(r => Snapshot.LevelOn(r, end) != VerificationStatus.None)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1).ToList();

        return new RegionalReport(provinceCode, province.Name, year, end, Figures(snapshot, province, end), Figures(snapshot, province, start),
            joined.Count, left,
            verified.Count(v => v.Item2 == VerificationStatus.Administrative), verified.Count(v => v.Item2 == VerificationStatus.Factual),
            newMemberList, verified, formed, covered, regions.Regencies.Count(r => r.ProvinceCode == provinceCode),
            events.Select(e => (e.Title, e.Kind, e.StartsOn, e.Place, e.Outlets, e.People)).ToList(),
            cases.Count(c => inYear(c.OpenedOn)), cases.Count(c => c.ClosedOn is { } d && inYear(d)), monthly, byRegency);
    }

    private static DateOnly FirstMemberDay(Snapshot s, int outletId, int year) =>
        s.History(outletId).Where(e => e.On.Year == year && e.Status == MembershipStatus.Member).Select(e => e.On).DefaultIfEmpty(new DateOnly(year, 1, 1)).First();
}
