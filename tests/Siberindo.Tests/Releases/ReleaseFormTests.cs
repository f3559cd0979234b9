using System.Net;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Releases;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Releases;

public sealed class ReleaseFormTests
{
    [Fact]
    public async Task A_refused_new_release_says_next_to_the_regency_field_why_keeps_what_was_typed_and_stores_nothing()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Banten", "36");
        using var http = (await ReleaseFixture.PartnerUserAsync(app, partner, "humas@banten.example")).Http;

        var refused = await Forms.PostAsync(http, "/mitra/rilis/baru", new()
        {
            ["PartnerId"] = partner.Id.ToString(), ["Input.Headline"] = "Pemprov Banten buka posko KTP elektronik", ["Input.Dateline"] = "SERANG, 10 Agustus 2026",
            ["Input.BodyHtml"] = "<p>Posko dibuka di 29 kecamatan.</p>", ["Input.Category"] = "Pembangunan", ["Input.Urgency"] = "3",
            ["Input.Provinces"] = "36", ["Input.Regencies"] = "36.04 99.99",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Input.Regencies", "Kode kabupaten/kota '99.99' tidak dikenal");
        Assert.Equal(["Input.Regencies"], FieldErrors.Invalid(html));
        Assert.Equal("36.04 99.99", FormValues.Of(html, "Input.Regencies"));
        Assert.Equal("Pemprov Banten buka posko KTP elektronik", FormValues.Of(html, "Input.Headline"));
        Assert.Equal("SERANG, 10 Agustus 2026", FormValues.Of(html, "Input.Dateline"));
        Assert.Equal("<p>Posko dibuka di 29 kecamatan.</p>", FormValues.Of(html, "Input.BodyHtml"));
        Assert.Equal("Pembangunan", FormValues.Of(html, "Input.Category"));
        Assert.Equal("3", FormValues.Of(html, "Input.Urgency"));
        Assert.Equal("36", FormValues.Of(html, "Input.Provinces"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Release>().CountAsync()));
    }

    [Fact]
    public async Task A_draft_s_refused_forms_say_next_to_their_field_why_keep_what_was_typed_and_leave_the_other_forms_as_stored()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Banten", "36");
        using var http = (await ReleaseFixture.PartnerUserAsync(app, partner, "humas@banten.example")).Http;
        // A draft with no target regions yet.
        var (draft, errors) = await app.WithServiceAsync<ReleaseService, (Release?, List<FormError>)>(s => s.CreateAsync(partner.Id,
            new ReleaseForm("Draf rilis posko KTP", null, "<p>Isi draf.</p>", null, null, ReleaseCategory.Pemerintahan, 5, null, null, false, [], [])));
        Assert.Empty(errors);
        var path = $"/mitra/rilis/{draft!.Id}";
        async Task<string> RefusedAsync(string handler, Dictionary<string, string> fields)
        {
            var response = await Forms.PostAsync(http, path, fields, $"{path}?handler={handler}");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        // Scheduling a release with no target regions: said at the regions in the release fields, where they are chosen.
        var untargeted = await RefusedAsync("Schedule", new() { ["Schedule.EmbargoUntil"] = "" });
        FieldErrors.AssertTied(untargeted, "Input.Provinces", "Pilih wilayah sasaran");
        Assert.Equal(["Input.Provinces"], FieldErrors.Invalid(untargeted));
        Assert.Null(await app.WithDbAsync(db => db.Set<Release>().Where(r => r.Id == draft.Id).Select(r => r.EmbargoUntil).SingleAsync()));

        var targeted = await Forms.PostAsync(http, path, new()
        {
            ["Input.Headline"] = "Draf rilis posko KTP", ["Input.BodyHtml"] = "<p>Isi draf.</p>", ["Input.Urgency"] = "5", ["Input.Provinces"] = "36",
        }, path + "?handler=Update");
        Assert.Equal(HttpStatusCode.Redirect, targeted.StatusCode);

        // An embargo too far ahead: said at the embargo field, which keeps it; the release fields show the draft.
        var farAhead = (DateTime.UtcNow + Core.Regions.IndonesianTime.Wib).AddDays(120).ToString("yyyy-MM-ddTHH:mm");
        var schedule = await RefusedAsync("Schedule", new() { ["Schedule.EmbargoUntil"] = farAhead });
        FieldErrors.AssertTied(schedule, "Schedule.EmbargoUntil", "Embargo paling lama 90 hari");
        Assert.Equal(["Schedule.EmbargoUntil"], FieldErrors.Invalid(schedule));
        Assert.Equal(farAhead, FormValues.Of(schedule, "Schedule.EmbargoUntil"));
        Assert.Equal("Draf rilis posko KTP", FormValues.Of(schedule, "Input.Headline"));
        Assert.Equal("36", FormValues.Of(schedule, "Input.Provinces"));

        // A time the field cannot read is refused there, and does not publish the release now.
        var unreadable = await RefusedAsync("Schedule", new() { ["Schedule.EmbargoUntil"] = "besok pagi" });
        FieldErrors.AssertTied(unreadable, "Schedule.EmbargoUntil", "Waktu embargo tidak terbaca");
        Assert.Equal("besok pagi", FormValues.Of(unreadable, "Schedule.EmbargoUntil"));
        Assert.Null(await app.WithDbAsync(db => db.Set<Release>().Where(r => r.Id == draft.Id).Select(r => r.EmbargoUntil).SingleAsync()));

        // The release fields: an urgency out of range, every other typed value kept.
        var update = await RefusedAsync("Update", new()
        {
            ["Input.Headline"] = "Pemprov Banten buka 40 posko KTP elektronik", ["Input.BodyHtml"] = "<p>Isi baru.</p>", ["Input.Urgency"] = "12",
            ["Input.Provinces"] = "36", ["Input.Regencies"] = "36.04", ["Input.UsageTerms"] = "Bebas dimuat ulang",
        });
        FieldErrors.AssertTied(update, "Input.Urgency", "Urgensi 1 (paling mendesak) sampai 9");
        Assert.Equal(["Input.Urgency"], FieldErrors.Invalid(update));
        Assert.Equal("12", FormValues.Of(update, "Input.Urgency"));
        Assert.Equal("Pemprov Banten buka 40 posko KTP elektronik", FormValues.Of(update, "Input.Headline"));
        Assert.Equal("36", FormValues.Of(update, "Input.Provinces"));
        Assert.Equal("36.04", FormValues.Of(update, "Input.Regencies"));
        Assert.Equal("Bebas dimuat ulang", FormValues.Of(update, "Input.UsageTerms"));
        Assert.Equal("Draf rilis posko KTP", await app.WithDbAsync(db => db.Set<Release>().Where(r => r.Id == draft.Id).Select(r => r.Headline).SingleAsync()));

        // An upload without a file keeps its caption; a withdrawal without a reason is refused at the reason.
        var attach = await RefusedAsync("Attach", new() { ["Attachment.Caption"] = "Posko KTP elektronik" });
        FieldErrors.AssertTied(attach, "Attachment.File", "Pilih berkas");
        Assert.Equal(["Attachment.File"], FieldErrors.Invalid(attach));
        Assert.Equal("Posko KTP elektronik", FormValues.Of(attach, "Attachment.Caption"));
        var withdraw = await RefusedAsync("Withdraw", new() { ["Withdrawal.Reason"] = "  " });
        FieldErrors.AssertTied(withdraw, "Withdrawal.Reason", "Alasan penarikan wajib diisi");
        Assert.Equal(["Withdrawal.Reason"], FieldErrors.Invalid(withdraw));
        Assert.Equal("Draf rilis posko KTP", FormValues.Of(withdraw, "Input.Headline"));
        Assert.Equal(ReleaseState.Draft, await app.WithDbAsync(db => db.Set<Release>().Where(r => r.Id == draft.Id).Select(r => r.State).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_correction_says_next_to_the_note_field_why_and_keeps_the_corrected_text()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var partner = await ReleaseFixture.PartnerAsync(app, "Diskominfo Provinsi Banten", "36");
        using var http = (await ReleaseFixture.PartnerUserAsync(app, partner, "humas@banten.example")).Http;
        var release = await ReleaseFixture.ReleaseAsync(app, partner, ReleaseFixture.Form("Pemprov Banten buka 40 posko KTP", "<p>Posko dibuka Senin.</p>", "36"), null);
        var path = $"/mitra/rilis/{release.Id}";

        var page = await http.GetStringAsync(path);
        Assert.Equal("Pemprov Banten buka 40 posko KTP", FormValues.Of(page, "Correction.Headline"));
        var refused = await Forms.PostAsync(http, path, new()
        {
            ["Correction.Headline"] = "Pemprov Banten buka 45 posko KTP", ["Correction.BodyHtml"] = "<p>Posko dibuka Selasa.</p>", ["Correction.Note"] = "",
        }, path + "?handler=Correct");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Correction.Note", "Tuliskan apa yang dikoreksi");
        Assert.Equal(["Correction.Note"], FieldErrors.Invalid(html));
        Assert.Equal("Pemprov Banten buka 45 posko KTP", FormValues.Of(html, "Correction.Headline"));
        Assert.Equal("<p>Posko dibuka Selasa.</p>", FormValues.Of(html, "Correction.BodyHtml"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReleaseCorrection>().CountAsync()));
    }

    [Fact]
    public async Task A_refused_webhook_says_next_to_the_address_why_and_keeps_it_and_a_saved_one_starts_the_field_empty()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var outlet = await ReleaseFixture.MemberOutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        using var editor = await Users.SignedInAsync(app, "editor@kabarserang.example", Roles.OutletEditor, outlet: outlet.Id);
        var action = $"/admin/rilis?handler=Webhook&media={outlet.Id}";

        var refused = await (await Forms.PostAsync(editor, "/admin/rilis", new() { ["WebhookUrl"] = "ftp://kabarserang.example/rilis" }, action)).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(refused, "WebhookUrl", "Alamat webhook harus URL http atau https lengkap");
        Assert.Equal(["WebhookUrl"], FieldErrors.Invalid(refused));
        Assert.Equal("ftp://kabarserang.example/rilis", FormValues.Of(refused, "WebhookUrl"));
        Assert.DoesNotContain("new-secret", refused);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReleaseWebhook>().CountAsync()));

        var saved = await (await Forms.PostAsync(editor, "/admin/rilis", new() { ["WebhookUrl"] = "https://kabarserang.example/rilis" }, action)).Content.ReadAsStringAsync();
        Assert.Contains("new-secret", saved);
        Assert.Equal("", FormValues.Of(saved, "WebhookUrl"));
        Assert.Empty(FieldErrors.Invalid(saved));
    }
}
