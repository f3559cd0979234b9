using System.Net;
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
}
