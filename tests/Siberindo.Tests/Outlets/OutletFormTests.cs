using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Outlets;

public sealed class OutletFormTests
{
    [Fact]
    public async Task A_refused_new_outlet_says_next_to_the_regency_field_why_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "admin@smsi.example", Roles.Admin);

        var refused = await Forms.PostAsync(http, "/admin/media/baru", new()
        {
            ["Form.Name"] = "Kabar Serang", ["Form.Website"] = "https://kabarserang.example", ["Form.RegencyCode"] = "99.99",
            ["Form.Verification"] = "None", ["Form.Feeds"] = "https://kabarserang.example/feed",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Form.RegencyCode", "Kode kabupaten/kota '99.99' tidak dikenal");
        Assert.Equal(["Form.RegencyCode"], FieldErrors.Invalid(html));
        Assert.Equal(0, await app.WithDbAsync(d => d.Outlets.CountAsync()));
    }

    [Fact]
    public async Task A_refused_outlet_edit_says_next_to_the_name_field_why_and_keeps_the_stored_name()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var http = await Users.SignedInAsync(app, "admin@smsi.example", Roles.Admin);

        var refused = await Forms.PostAsync(http, $"/admin/media/{outlet.Id}", new()
        {
            ["Form.Name"] = "   ", ["Form.Website"] = "https://kabarserang.example", ["Form.RegencyCode"] = "36.04",
            ["Form.Verification"] = "None",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Form.Name", "Nama media wajib diisi");
        Assert.Equal(["Form.Name"], FieldErrors.Invalid(html));
        Assert.Equal("Kabar Serang", await app.WithDbAsync(d => d.Outlets.Select(o => o.Name).SingleAsync()));
    }
}
