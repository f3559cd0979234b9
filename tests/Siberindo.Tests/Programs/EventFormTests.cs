using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Programs;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Programs;

public sealed class EventFormTests
{
    [Fact]
    public async Task A_refused_new_event_says_next_to_the_end_date_why_keeps_what_was_typed_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        var refused = await Forms.PostAsync(http, "/admin/kegiatan", new()
        {
            ["Kind"] = "Seminar", ["Title"] = "Seminar Literasi Serang", ["StartsOn"] = "2026-03-10", ["EndsOn"] = "2026-03-09", ["Place"] = "Serang", ["RegencyCode"] = "36.04",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "EndsOn", "Tanggal selesai sebelum tanggal mulai");
        Assert.Equal(["EndsOn"], FieldErrors.Invalid(html));
        Assert.Equal("Seminar", FormValues.Of(html, "Kind"));
        Assert.Equal("Seminar Literasi Serang", FormValues.Of(html, "Title"));
        Assert.Equal("2026-03-09", FormValues.Of(html, "EndsOn"));
        Assert.Equal("36.04", FormValues.Of(html, "RegencyCode"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AssociationEvent>().CountAsync()));
    }

    [Fact]
    public async Task A_refused_attendance_says_in_its_own_row_why_and_keeps_the_posted_count()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.OutletAsync(app, "Warta Cilegon", "https://wartacilegon.example", "36.72");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var created = await Forms.PostAsync(http, "/admin/kegiatan", new() { ["Kind"] = "Bimtek", ["Title"] = "Bimtek Jurnalistik Banten", ["StartsOn"] = "2026-01-10", ["Place"] = "Serang" });
        var path = created.Headers.Location!.ToString();

        var refused = await Forms.PostAsync(http, path, new() { ["outletId"] = serang.Id.ToString(), ["attended"] = "true", ["participants"] = "1200" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        var invalid = Assert.Single(document.QuerySelectorAll("[aria-invalid=true]"));
        Assert.Equal("participants", invalid.GetAttribute("name"));
        Assert.Equal("1200", invalid.GetAttribute("value"));
        Assert.Equal(serang.Id.ToString(), invalid.Closest("form")!.QuerySelector("input[name=outletId]")!.GetAttribute("value"));
        var message = document.GetElementById(invalid.GetAttribute("aria-describedby")!)!;
        Assert.Contains("Jumlah peserta tidak masuk akal", message.TextContent);
        Assert.Same(invalid.Closest("td"), message.Closest("td"));
        Assert.Contains("Jumlah peserta tidak masuk akal", document.GetElementById("form-errors")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<EventAttendance>().CountAsync()));
    }
}
