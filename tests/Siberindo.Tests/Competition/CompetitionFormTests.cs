using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Competition;
using Siberindo.Core.Competition;
using Siberindo.Members;
using Siberindo.Tests.Certificates;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

/// <summary>The competition's forms, refused: each reason next to its field, the other typed values kept, nothing stored.</summary>
public sealed partial class CompetitionFormTests
{
    [Fact]
    public async Task A_refused_entry_says_next_to_the_text_and_the_photos_alt_field_why_keeps_what_was_typed_and_stores_nothing()
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync("Sqlite", ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock, journalists: 1);
        var round = await world.RoundAsync();
        using var http = app.Client();
        await Forms.SignInAsync(http, CompetitionWorld.Email(world.Journalists[0].Name), Users.Password);
        var form = $"/lomba/{round.Id}/kirim";

        // A text far too short, and a photo without its alt text: both refused, each at its own field.
        var refused = await PostWithPhotoAsync(http, form, new()
        {
            ["Title"] = "Perahu Terakhir", ["Body"] = "Pendek.", ["Licence"] = "CC BY 4.0", ["Consent"] = "true",
            ["Photo.Caption"] = "Perahu bersandar", ["Photo.Credit"] = "Foto penulis", ["Photo.Alt"] = " ",
        }, CompetitionFlowTests.Photo(SkiaSharp.SKColors.Teal));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Body", "Naskah terlalu pendek");
        FieldErrors.AssertTied(html, "Photo.Alt", "perlu keterangan, kredit dan teks alternatif");
        Assert.Equal(["Body", "Photo.Alt"], FieldErrors.Invalid(html));
        Assert.Equal("Perahu Terakhir", FormValues.Of(html, "Title"));
        Assert.Equal("Pendek.", FormValues.Of(html, "Body"));
        Assert.Equal("Perahu bersandar", FormValues.Of(html, "Photo.Caption"));
        Assert.Equal("CC BY 4.0", FormValues.Of(html, "Licence"));
        Assert.Equal("true", FormValues.Of(html, "Consent"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CompetitionEntry>().CountAsync()));

        // Without consent the checkbox says why.
        var unconsented = await (await Forms.PostAsync(http, form, new() { ["Title"] = "Perahu Terakhir", ["Body"] = CompetitionWorld.Body("Perahu"), ["Licence"] = EntryLicences.Default }))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(unconsented, "Consent", "Persetujuan publikasi wajib dicentang");
        Assert.Equal(["Consent"], FieldErrors.Invalid(unconsented));
        Assert.Null(FormValues.Of(unconsented, "Consent"));
    }

    [Fact]
    public async Task A_refused_new_round_and_journalist_account_say_next_to_their_field_why_and_keep_what_was_typed()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        var opens = DateTime.UtcNow.Date.AddDays(3).AddHours(9);
        var closes = opens.AddDays(7).AddHours(8).AddMinutes(30);

        var refused = await Forms.PostAsync(pusat, "/admin/lomba", new()
        {
            ["Title"] = "Lomba Pesisir", ["Theme"] = "  ", ["Rules"] = "Naskah asli.", ["EntriesPerPerson"] = "2",
            ["OpensAt"] = opens.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), ["ClosesAt"] = closes.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["JudgesPerEntry"] = "2", ["JudgeLoadCap"] = "12", ["Winners"] = "3", ["ProvinceCode"] = "72",
        }, "/admin/lomba?handler=Round");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, "Theme", "Tema wajib diisi");
        Assert.Equal(["Theme"], FieldErrors.Invalid(html));
        Assert.Equal("Lomba Pesisir", FormValues.Of(html, "Title"));
        Assert.Equal("2", FormValues.Of(html, "EntriesPerPerson"));
        Assert.Equal("12", FormValues.Of(html, "JudgeLoadCap"));
        Assert.Equal(closes.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), FormValues.Of(html, "ClosesAt"));
        Assert.Equal("72", FormValues.Of(html, "ProvinceCode"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CompetitionRound>().CountAsync()));

        await TrainingFixture.OutletAsync(app, "Kabar Serang", "36.04", MembershipStatus.Member, "Rina Wulandari", "Budi Santoso");
        var budi = (await TrainingFixture.PersonAsync(app, "Budi Santoso")).ToString();
        var account = await (await Forms.PostAsync(pusat, "/admin/lomba", new() { ["PersonId"] = budi, ["Email"] = "budi-kabarserang" }, "/admin/lomba?handler=Journalist"))
            .Content.ReadAsStringAsync();
        FieldErrors.AssertTied(account, "Email", "Email tidak sah");
        Assert.Equal(["Email"], FieldErrors.Invalid(account));
        Assert.Equal("budi-kabarserang", FormValues.Of(account, "Email"));
        Assert.Equal(budi, FormValues.Of(account, "PersonId"));
    }

    [Fact]
    public async Task The_round_pages_criterion_judge_and_conflict_forms_each_say_next_to_their_own_field_why_and_keep_what_was_typed()
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync("Sqlite", ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock, journalists: 1);
        var round = await world.RoundAsync();
        var judge = (await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, new JudgeDraft("lestari@juri.test", "Lestari Ayu", null, null, null), Users.Password))).Judge!;
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        var page = $"/admin/lomba/{round.Id}";
        Task<string> Post(string handler, Dictionary<string, string> fields) =>
            Forms.PostAsync(pusat, page, fields, $"{page}?handler={handler}").ContinueWith(t => t.Result.Content.ReadAsStringAsync()).Unwrap();

        // The criterion's and the judge's names are two fields: only the refused form's is marked.
        var criterion = await Post("Criterion", new() { ["Criterion.Name"] = " ", ["Criterion.Description"] = "Data dan narasumber", ["Criterion.Weight"] = "2.5",
            ["Criterion.MaxScore"] = "20", ["Criterion.Counted"] = "true" });
        FieldErrors.AssertTied(criterion, "Criterion.Name", "Nama kriteria wajib diisi");
        Assert.Equal(["Criterion.Name"], FieldErrors.Invalid(criterion));
        Assert.Equal("Data dan narasumber", FormValues.Of(criterion, "Criterion.Description"));
        Assert.Equal("2.5", FormValues.Of(criterion, "Criterion.Weight"));
        Assert.Equal("20", FormValues.Of(criterion, "Criterion.MaxScore"));
        Assert.Equal("", FormValues.Of(criterion, "Judge.Name") ?? "");
        AssertUniqueIds(criterion);

        var judged = await Post("Judge", new() { ["Judge.Name"] = "Yohanes Kii", ["Judge.Email"] = "yohanes-juri", ["Judge.FamilyNames"] = "Kii, Wenda" });
        FieldErrors.AssertTied(judged, "Judge.Email", "Email tidak sah");
        Assert.Equal(["Judge.Email"], FieldErrors.Invalid(judged));
        Assert.Equal("Yohanes Kii", FormValues.Of(judged, "Judge.Name"));
        Assert.Equal("Kii, Wenda", FormValues.Of(judged, "Judge.FamilyNames"));
        Assert.Equal("", FormValues.Of(judged, "Criterion.Name") ?? "");

        var conflict = await Post("Conflict", new() { ["Conflict.JudgeId"] = $"{judge.Id}", ["Conflict.Type"] = nameof(ConflictType.Personal),
            ["Conflict.Outlet"] = "media-palsu.test", ["Conflict.Note"] = "Saudara pemimpin redaksi" });
        FieldErrors.AssertTied(conflict, "Conflict.Outlet", "outlet not found");
        Assert.Equal(["Conflict.Outlet"], FieldErrors.Invalid(conflict));
        Assert.Equal(nameof(ConflictType.Personal), FormValues.Of(conflict, "Conflict.Type"));
        Assert.Equal("Saudara pemimpin redaksi", FormValues.Of(conflict, "Conflict.Note"));

        Assert.Equal(3, await app.WithDbAsync(db => db.Set<RubricCriterion>().CountAsync(c => c.RoundId == round.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Judge>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<JudgeConflict>().CountAsync()));
    }

    [Fact]
    public async Task A_refused_score_sheet_says_next_to_the_criterions_score_why_and_keeps_the_other_scores_and_comments()
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync("Sqlite", ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock, journalists: 1);
        var round = await world.RoundAsync(judgesPerEntry: 1);
        await world.EnterAsync(round.Id, 0, "Perahu Terakhir di Karangantu");
        clock.Offset = TimeSpan.FromDays(2);
        await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, new JudgeDraft("lestari@juri.test", "Lestari Ayu", null, null, null), Users.Password));
        Assert.Empty((await app.WithServiceAsync<JudgePanel, (AssignmentPlan?, List<string>)>(p => p.AssignAsync(round.Id))).Item1!.Missing);
        var assignment = await app.WithDbAsync(db => db.Set<JudgeAssignment>().Select(a => a.Id).SingleAsync());
        var criteria = await app.WithDbAsync(db => db.Set<RubricCriterion>().Where(c => c.RoundId == round.Id).OrderBy(c => c.Order).Select(c => c.Id).ToListAsync());
        using var http = app.Client();
        await Forms.SignInAsync(http, "lestari@juri.test", Users.Password);

        // "Bahasa" is scored out of 10: 12 is refused there, and only there.
        var refused = await Forms.PostAsync(http, $"/juri/{assignment}", new()
        {
            [$"Score[{criteria[0]}]"] = "7", [$"Note[{criteria[0]}]"] = "Data lengkap.", [$"Score[{criteria[1]}]"] = "12", [$"Score[{criteria[2]}]"] = "4",
            ["Comment"] = "Liputan yang jujur.",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        FieldErrors.AssertTied(html, $"Score[{criteria[1]}]", "Nilai \"Bahasa\" wajib diisi antara 0 dan 10");
        Assert.Equal([$"Score[{criteria[1]}]"], FieldErrors.Invalid(html));
        Assert.Equal("7", FormValues.Of(html, $"Score[{criteria[0]}]"));
        Assert.Equal("Data lengkap.", FormValues.Of(html, $"Note[{criteria[0]}]"));
        Assert.Equal("12", FormValues.Of(html, $"Score[{criteria[1]}]"));
        Assert.Equal("Liputan yang jujur.", FormValues.Of(html, "Comment"));
        AssertUniqueIds(html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CriterionScore>().CountAsync()));
    }

    [Fact]
    public async Task A_judges_refused_declaration_is_shown_in_the_form_of_its_own_round_only()
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync("Sqlite", ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock, journalists: 1);
        var (first, second) = (await world.RoundAsync(), await world.RoundAsync());
        Task<Judge> SeatAsync(CompetitionRound round) => app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p =>
            p.AddJudgeAsync(round.Id, new JudgeDraft("lestari@juri.test", "Lestari Ayu", null, null, "Ayu"), Users.Password)).ContinueWith(t => t.Result.Judge!);
        var (seat1, seat2) = (await SeatAsync(first), await SeatAsync(second));
        using var http = app.Client();
        await Forms.SignInAsync(http, "lestari@juri.test", Users.Password);
        Task<string> Post(string handler, Dictionary<string, string> fields) =>
            Forms.PostAsync(http, "/juri/konflik", fields, $"/juri/konflik?handler={handler}").ContinueWith(t => t.Result.Content.ReadAsStringAsync()).Unwrap();

        var names = await Post("Names", new() { [$"Names[{seat2.Id}].FamilyNames"] = "Ayu, Li", [$"Names[{seat2.Id}].BoardProvinceCode"] = "72" });
        FieldErrors.AssertTied(names, $"Names[{seat2.Id}].FamilyNames", "paling sedikit 3 huruf");
        Assert.Equal([$"Names[{seat2.Id}].FamilyNames"], FieldErrors.Invalid(names));
        Assert.Equal("Ayu, Li", FormValues.Of(names, $"Names[{seat2.Id}].FamilyNames"));
        Assert.Equal("72", FormValues.Of(names, $"Names[{seat2.Id}].BoardProvinceCode"));
        // The other round's form shows what is stored for it.
        Assert.Equal("Ayu", FormValues.Of(names, $"Names[{seat1.Id}].FamilyNames"));
        AssertUniqueIds(names);

        var outlet = await Post("Outlet", new() { [$"Outlets[{seat1.Id}].Type"] = nameof(ConflictType.Collaborator), [$"Outlets[{seat1.Id}].Outlet"] = "media-palsu.test",
            [$"Outlets[{seat1.Id}].Note"] = "Redaktur tamu" });
        FieldErrors.AssertTied(outlet, $"Outlets[{seat1.Id}].Outlet", "tidak ditemukan");
        Assert.Equal([$"Outlets[{seat1.Id}].Outlet"], FieldErrors.Invalid(outlet));
        Assert.Equal("Redaktur tamu", FormValues.Of(outlet, $"Outlets[{seat1.Id}].Note"));
        Assert.Equal(nameof(ConflictType.Collaborator), FormValues.Of(outlet, $"Outlets[{seat1.Id}].Type"));
        Assert.Equal("", FormValues.Of(outlet, $"Outlets[{seat2.Id}].Note") ?? "");

        Assert.Equal(["Ayu", "Ayu"], await app.WithDbAsync(db => db.Set<Judge>().Select(j => j.FamilyNames).ToListAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<JudgeConflict>().CountAsync()));
    }

    /// <summary>No two elements of the page share an id: each form's fields and messages are their own.</summary>
    private static void AssertUniqueIds(string html)
    {
        var ids = new HtmlParser().ParseDocument(html).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    /// <summary>Posts the entry form as the browser does with a photo chosen: multipart, the file as Photo.Content.</summary>
    private static async Task<HttpResponseMessage> PostWithPhotoAsync(HttpClient http, string path, Dictionary<string, string> fields, byte[] photo)
    {
        var token = WebUtility.HtmlDecode(TokenPattern().Match(await http.GetStringAsync(path)).Groups[1].Value);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "Photo.Content", "perahu.jpg");
        return await http.PostAsync(path, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
