using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Reports;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Association;

public sealed class ReportEditorFormTests
{
    [Fact]
    public async Task A_refused_section_says_next_to_its_field_why_in_its_own_form_and_keeps_what_was_typed()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var editor = $"/admin/laporan/36/{DateTime.UtcNow.Year}";

        var added = await (await Forms.PostAsync(banten, editor, new() { ["New.Position"] = "120", ["New.Title"] = "Kata pengantar", ["New.Body"] = "Puji syukur." }, editor + "?handler=Save"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(added, "New.Position", "Urutan antara 1 dan 99");
        Assert.Equal(["New.Position"], FieldErrors.Invalid(added));
        Assert.Equal("120", FormValues.Of(added, "New.Position"));
        Assert.Equal("Kata pengantar", FormValues.Of(added, "New.Title"));
        Assert.Equal("Puji syukur.", FormValues.Of(added, "New.Body"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReportNarrative>().CountAsync()));

        foreach (var (position, title) in new[] { ("1", "Kata pengantar"), ("2", "Capaian pengurus") })
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(banten, editor, new() { ["New.Position"] = position, ["New.Title"] = title, ["New.Body"] = "Isi " + title }, editor + "?handler=Save")).StatusCode);
        var ids = await app.WithDbAsync(db => db.Set<ReportNarrative>().OrderBy(n => n.Position).Select(n => n.Id).ToListAsync());

        var edited = await (await Forms.PostAsync(banten, editor, new()
        {
            ["sectionId"] = ids[1].ToString(), [$"Edits[{ids[1]}].Position"] = "2", [$"Edits[{ids[1]}].Title"] = "Capaian pengurus 2026", [$"Edits[{ids[1]}].Body"] = " ",
        }, editor + "?handler=Save")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(edited, $"Edits[{ids[1]}].Body", "Isi bagian wajib diisi");
        Assert.Equal([$"Edits[{ids[1]}].Body"], FieldErrors.Invalid(edited));
        Assert.Equal("Capaian pengurus 2026", FormValues.Of(edited, $"Edits[{ids[1]}].Title"));
        // The other section's form and the new one show what is stored and what comes next, untouched by the refusal.
        Assert.Equal("Kata pengantar", FormValues.Of(edited, $"Edits[{ids[0]}].Title"));
        Assert.Equal("Isi Kata pengantar", FormValues.Of(edited, $"Edits[{ids[0]}].Body"));
        Assert.Equal("3", FormValues.Of(edited, "New.Position"));
        Assert.Equal("Capaian pengurus", await app.WithDbAsync(db => db.Set<ReportNarrative>().Where(n => n.Id == ids[1]).Select(n => n.Title).SingleAsync()));
    }
}
