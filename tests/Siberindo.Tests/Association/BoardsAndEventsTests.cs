using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Boards;
using Siberindo.Programs;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Association;

public sealed class BoardsAndEventsTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Boards_officers_programs_and_events_stay_in_their_area(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var bogor = await Seed.OutletAsync(app, "Warta Bogor", "https://wartabogor.example", "32.01");
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        using var jabar = await Users.SignedInAsync(app, "jabar@smsi.example", Roles.ProvinceAdmin, province: "32");

        var year = DateTime.UtcNow.Year;
        var created = await Forms.PostAsync(banten, "/admin/pengurus", new()
        {
            ["Level"] = "Regency", ["RegencyCode"] = "36.04", ["TermStart"] = $"{year - 1}-01-01", ["TermEnd"] = $"{year + 3}-12-31", ["InauguratedOn"] = $"{year - 1}-01-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var boardPath = created.Headers.Location!.ToString();
        var outside = await Forms.PostAsync(banten, "/admin/pengurus", new() { ["Level"] = "Regency", ["RegencyCode"] = "32.01", ["TermStart"] = $"{year}-01-01", ["TermEnd"] = $"{year + 4}-12-31" });
        Assert.Contains("di luar kewenangan", await outside.Content.ReadAsStringAsync());
        var provincial = await Forms.PostAsync(banten, "/admin/pengurus", new() { ["Level"] = "Province", ["ProvinceCode"] = "36", ["TermStart"] = $"{year}-01-01", ["TermEnd"] = $"{year + 4}-12-31" });
        Assert.Contains("di luar kewenangan", await provincial.Content.ReadAsStringAsync());
        var overlap = await Forms.PostAsync(banten, "/admin/pengurus", new() { ["Level"] = "Regency", ["RegencyCode"] = "36.04", ["TermStart"] = $"{year}-01-01", ["TermEnd"] = $"{year + 4}-12-31" });
        Assert.Contains("bertumpang tindih", await overlap.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, boardPath, new() { ["Officer.Position"] = "Ketua", ["Officer.Name"] = "Andi Saputra" }, boardPath + "?handler=Officer")).StatusCode);
        // An officer's outlet must be one the admin may see: another province's outlet is answered as unknown.
        var otherProvince = await Forms.PostAsync(banten, boardPath, new() { ["Officer.Position"] = "Anggota", ["Officer.Name"] = "Citra", ["Officer.OutletId"] = bogor.Id.ToString() }, boardPath + "?handler=Officer");
        Assert.Contains("Media tidak ditemukan", await otherProvince.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Set<BoardOfficer>().AnyAsync(o => o.OutletId == bogor.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, boardPath, new() { ["Officer.Position"] = "Anggota", ["Officer.Name"] = "Dewi", ["Officer.OutletId"] = serang.Id.ToString() }, boardPath + "?handler=Officer")).StatusCode);
        var second = await Forms.PostAsync(banten, boardPath, new() { ["Officer.Position"] = "Ketua", ["Officer.Name"] = "Budi" }, boardPath + "?handler=Officer");
        Assert.Contains("sudah terisi", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, boardPath, new() { ["Item.Year"] = year.ToString(), ["Item.Title"] = "Bimtek verifikasi" }, boardPath + "?handler=Item")).StatusCode);
        var item = await app.WithDbAsync(db => db.Set<WorkProgramItem>().SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, boardPath, new() { ["itemId"] = item.Id.ToString(), ["status"] = "Done", ["note"] = "Terlaksana" }, boardPath + "?handler=ItemStatus")).StatusCode);
        Assert.Equal(WorkItemStatus.Done, await app.WithDbAsync(db => db.Set<WorkProgramItem>().Select(i => i.Status).SingleAsync()));

        // Coverage: Serang has a board; the picture and table say so, and the other province sees nothing of it.
        var boards = await banten.GetStringAsync("/admin/pengurus");
        Assert.Contains("Kabupaten Serang: ada pengurus", boards);
        Assert.Contains("Andi Saputra", boards);
        Assert.Equal(HttpStatusCode.NotFound, (await jabar.GetAsync(boardPath)).StatusCode);
        var forged = await Forms.PostAsync(jabar, "/admin/pengurus", new() { ["Officer.Position"] = "Anggota", ["Officer.Name"] = "Penyusup" }, boardPath + "?handler=Officer");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.DoesNotContain("Andi Saputra", await jabar.GetStringAsync("/admin/pengurus"));

        // Events: attendance only for outlets of the admin's area.
        var ev = await Forms.PostAsync(banten, "/admin/kegiatan", new() { ["Kind"] = "Bimtek", ["Title"] = "Bimtek Jurnalistik Banten", ["StartsOn"] = $"{year}-01-10", ["Place"] = "Serang" });
        Assert.Equal(HttpStatusCode.Redirect, ev.StatusCode);
        var eventPath = ev.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, eventPath, new() { ["outletId"] = serang.Id.ToString(), ["attended"] = "true", ["participants"] = "3" })).StatusCode);
        var foreign = await Forms.PostAsync(banten, eventPath, new() { ["outletId"] = bogor.Id.ToString(), ["attended"] = "true", ["participants"] = "2" });
        Assert.Contains("tidak ditemukan di wilayah Anda", await foreign.Content.ReadAsStringAsync());
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<EventAttendance>().SumAsync(a => a.Participants)));
        Assert.Equal(HttpStatusCode.NotFound, (await jabar.GetAsync(eventPath)).StatusCode);
        Assert.DoesNotContain("Bimtek Jurnalistik Banten", await jabar.GetStringAsync("/admin/kegiatan"));

        var types = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.ProvinceCode == "36").Select(e => e.EntityType).Distinct().ToListAsync());
        Assert.Superset(new HashSet<string> { "Board", "Officer", "WorkProgram", "WorkProgramItem", "Event", "Attendance" }, types.ToHashSet());
    }
}
