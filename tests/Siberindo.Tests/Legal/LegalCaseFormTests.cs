using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Legal;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Legal;

public sealed class LegalCaseFormTests
{
    [Fact]
    public async Task A_refused_new_case_says_next_to_the_summary_field_why_keeps_what_was_typed_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var editor = await Users.SignedInAsync(app, "redaksi@kabarserang.example", Roles.OutletEditor, outlet: serang.Id);

        var refused = await Forms.PostAsync(editor, "/admin/hukum", new() { ["Kind"] = "RightOfReply", ["Title"] = "Hak jawab dinas PU", ["Summary"] = "   " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Summary", "Uraian singkat wajib diisi");
        Assert.Equal(["Summary"], FieldErrors.Invalid(html));
        Assert.Equal("Hak jawab dinas PU", FormValues.Of(html, "Title"));
        Assert.Equal("RightOfReply", FormValues.Of(html, "Kind"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<LegalCase>().CountAsync()));
    }

    [Fact]
    public async Task The_case_page_s_refused_forms_say_next_to_their_field_why_and_keep_what_was_typed()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var editor = await Users.SignedInAsync(app, "redaksi@kabarserang.example", Roles.OutletEditor, outlet: serang.Id);
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        var opened = await Forms.PostAsync(editor, "/admin/hukum", new() { ["Kind"] = "RightOfReply", ["Title"] = "Hak jawab dinas PU", ["Summary"] = "Dinas PU meminta hak jawab." });
        var path = opened.Headers.Location!.ToString();

        var party = await (await Forms.PostAsync(editor, path, new() { ["Party.Name"] = " ", ["Party.Role"] = "Authority", ["Party.Note"] = "Kepala dinas" }, path + "?handler=Party"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(party, "Party.Name", "Nama pihak wajib diisi");
        Assert.Equal(["Party.Name"], FieldErrors.Invalid(party));
        Assert.Equal("Authority", FormValues.Of(party, "Party.Role"));
        Assert.Equal("Kepala dinas", FormValues.Of(party, "Party.Note"));

        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        var entry = await (await Forms.PostAsync(editor, path, new() { ["Entry.On"] = tomorrow, ["Entry.Text"] = "Surat hak jawab diterima." }, path + "?handler=Entry"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(entry, "Entry.On", "tidak di masa depan");
        Assert.Equal(["Entry.On"], FieldErrors.Invalid(entry));
        Assert.Equal(tomorrow, FormValues.Of(entry, "Entry.On"));
        Assert.Equal("Surat hak jawab diterima.", FormValues.Of(entry, "Entry.Text"));

        var document = await (await LegalCaseTests.UploadAsync(editor, path, "Surat dinas", "<html><script>alert(1)</script></html>"u8.ToArray(), "surat.pdf")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(document, "Document.File", "bukan foto JPEG, PNG, WebP atau dokumen PDF");
        Assert.Equal(["Document.File"], FieldErrors.Invalid(document));
        Assert.Equal("Surat dinas", FormValues.Of(document, "Document.Title"));

        var helper = await (await Forms.PostAsync(pusat, path, new() { ["Helper.Email"] = "nobody@smsi.example" }, path + "?handler=Helper")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(helper, "Helper.Email", "Akun dengan email itu tidak ditemukan");
        Assert.Equal(["Helper.Email"], FieldErrors.Invalid(helper));
        Assert.Equal("nobody@smsi.example", FormValues.Of(helper, "Helper.Email"));
        // The status form, untouched by the refused helper, still shows the case's status.
        Assert.Equal("Received", FormValues.Of(helper, "StatusChange.Status"));

        var status = await (await Forms.PostAsync(pusat, path, new() { ["StatusChange.Status"] = "Forgotten" }, path + "?handler=Status")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(status, "StatusChange.Status", "Status tidak dikenal");
        Assert.Equal(["StatusChange.Status"], FieldErrors.Invalid(status));

        var stored = await app.WithDbAsync(db => db.Set<LegalCase>().Include(c => c.Parties).Include(c => c.Chronology).Include(c => c.Helpers).SingleAsync());
        Assert.Equal((0, 0, 0, LegalCaseStatus.Received), (stored.Parties.Count, stored.Chronology.Count, stored.Helpers.Count, stored.Status));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<LegalDocument>().CountAsync()));
    }

    [Fact]
    public async Task Without_an_outlet_to_choose_the_new_case_form_posts_the_area_s_one_outlet_and_an_unknown_outlet_is_said_without_a_dead_link()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var serangBoard = await Users.SignedInAsync(app, "serang@smsi.example", Roles.RegencyAdmin, regency: "36.04");
        using var cilegonBoard = await Users.SignedInAsync(app, "cilegon@smsi.example", Roles.RegencyAdmin, regency: "36.72");

        // The regency has one outlet: the form names it and posts it, so the board can open a case for it.
        var single = await serangBoard.GetStringAsync("/admin/hukum");
        Assert.Contains("Kabar Serang", single);
        var opened = await Forms.PostAsync(serangBoard, "/admin/hukum", new()
        {
            ["OutletId"] = Regex.Match(single, "name=\"OutletId\" value=\"(\\d+)\"").Groups[1].Value, ["Kind"] = "Threat", ["Title"] = "Ancaman terhadap wartawan", ["Summary"] = "Wartawan diancam narasumber.",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(serang.Id, await app.WithDbAsync(db => db.Set<LegalCase>().Select(c => c.OutletId).SingleAsync()));

        // A regency without outlets has no outlet field: the refusal is in the summary, linking nowhere and marking nothing.
        var refused = await Forms.PostAsync(cilegonBoard, "/admin/hukum", new() { ["Kind"] = "Threat", ["Title"] = "Ancaman", ["Summary"] = "Wartawan diancam." });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        var summary = document.GetElementById("form-errors")!;
        Assert.Contains("Media tidak ditemukan di wilayah Anda", summary.TextContent);
        Assert.Empty(summary.QuerySelectorAll("a"));
        Assert.Empty(FieldErrors.Invalid(document.DocumentElement.OuterHtml));
        Assert.Equal("Ancaman", FormValues.Of(document.DocumentElement.OuterHtml, "Title"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<LegalCase>().CountAsync()));
    }
}
