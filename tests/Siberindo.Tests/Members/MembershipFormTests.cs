using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Members;

public sealed class MembershipFormTests
{
    [Fact]
    public async Task The_membership_page_s_refused_forms_say_next_to_their_field_why_keep_what_was_typed_and_store_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var page = $"/admin/media/{outlet.Id}/anggota";
        var events = await app.WithDbAsync(db => db.Set<MembershipEvent>().CountAsync());

        var company = await Forms.PostAsync(http, page, new()
        {
            ["Company.LegalForm"] = "PT", ["Company.DeedNumber"] = "7/2020", ["Company.DeedNamesPressBusiness"] = "true", ["Company.CapitalRupiah"] = "-5",
        }, page + "?handler=Company");
        Assert.Equal(HttpStatusCode.OK, company.StatusCode);
        var html = await company.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Company.CapitalRupiah", "Modal tidak boleh negatif");
        Assert.Equal(["Company.CapitalRupiah"], FieldErrors.Invalid(html));
        Assert.Equal("PT", FormValues.Of(html, "Company.LegalForm"));
        Assert.Equal("7/2020", FormValues.Of(html, "Company.DeedNumber"));
        Assert.Equal("true", FormValues.Of(html, "Company.DeedNamesPressBusiness"));
        Assert.Equal("-5", FormValues.Of(html, "Company.CapitalRupiah"));

        var person = await (await Forms.PostAsync(http, page, new()
            { ["Person.Role"] = "PemimpinRedaksi", ["Person.Name"] = "Siti Rahma", ["Person.Ukw"] = "Utama", ["Person.Certificate"] = "" }, page + "?handler=Person"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(person, "Person.Certificate", "Nomor sertifikat UKW wajib diisi");
        Assert.Equal(["Person.Certificate"], FieldErrors.Invalid(person));
        Assert.Equal("Siti Rahma", FormValues.Of(person, "Person.Name"));
        Assert.Equal("Utama", FormValues.Of(person, "Person.Ukw"));
        Assert.Equal("PemimpinRedaksi", FormValues.Of(person, "Person.Role"));

        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        var status = await (await Forms.PostAsync(http, page, new()
            { ["StatusChange.Status"] = "Suspended", ["StatusChange.On"] = tomorrow, ["StatusChange.Note"] = "Rapat pleno" }, page + "?handler=Status"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(status, "StatusChange.On", "Tanggal status ada di masa depan");
        Assert.Equal(["StatusChange.On"], FieldErrors.Invalid(status));
        Assert.Equal("Suspended", FormValues.Of(status, "StatusChange.Status"));
        Assert.Equal(tomorrow, FormValues.Of(status, "StatusChange.On"));
        Assert.Equal("Rapat pleno", FormValues.Of(status, "StatusChange.Note"));

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Person>().CountAsync()));
        Assert.Equal(events, await app.WithDbAsync(db => db.Set<MembershipEvent>().CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Set<MemberRecord>().AnyAsync(r => r.CapitalRupiah != null || r.DeedNumber != null)));
    }
}
