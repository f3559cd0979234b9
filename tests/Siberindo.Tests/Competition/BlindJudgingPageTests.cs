using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Competition;
using Siberindo.Core.Competition;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

public sealed class BlindJudgingPageTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_judges_pages_name_no_author_outlet_or_region_before_the_results(string provider)
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync(provider, ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock);
        var round = await world.RoundAsync(judgesPerEntry: 2, cap: 4);
        // One author signs the text, as entrants often do; the judge's page masks it.
        var j0 = world.Journalists[0];
        await world.AsAsync<EntrantService, (CompetitionEntry?, List<FormError>)>(j0.UserId, j0.Name, s => s.SubmitAsync(round.Id,
            new EntryDraft("Suara dari Dermaga", CompetitionWorld.Body("Dermaga") + $"<p>Ditulis oleh {j0.Name}, wartawan {j0.Outlet.Name}.</p>", true, EntryLicences.Default,
                [new PictureUpload("a.jpg", CompetitionFlowTests.Photo(SkiaSharp.SKColors.Teal), "Dermaga pagi", $"Foto {j0.Name}/{j0.Outlet.Name}", "Dermaga kayu di pagi hari")], [])));
        for (var i = 1; i < 4; i++) await world.EnterAsync(round.Id, i, $"Kabar Pesisir Nomor {i}");
        clock.Offset = TimeSpan.FromDays(2);
        var added = await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, new JudgeDraft("juri@juri.test", "Lestari Ayu", null, null, null), Users.Password));
        await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, new JudgeDraft("juri2@juri.test", "Yohanes Kii", null, null, null), Users.Password));
        var (plan, _) = await app.WithServiceAsync<JudgePanel, (AssignmentPlan?, List<string>)>(p => p.AssignAsync(round.Id));
        Assert.Empty(plan!.Missing);

        var regions = app.Services.GetRequiredService<RegionCatalog>();
        var forbidden = world.Journalists.SelectMany(j => new[]
        {
            j.Name, j.Outlet.Name, j.Outlet.Domain, regions.Regency(j.Outlet.RegencyCode!)!.Name, regions.Province(j.Outlet.ProvinceCode!)!.Name,
        }).Concat(world.Journalists.Select(j => j.Name.Split(' ')[^1])).Distinct().ToList();

        var http = app.Client();
        await Forms.SignInAsync(http, "juri@juri.test", Users.Password);
        var pages = new List<(string Url, string Html)> { ("/juri", await http.GetStringAsync("/juri")) };
        var assignments = await app.WithDbAsync(db => db.Set<JudgeAssignment>().Where(a => a.JudgeId == added.Judge!.Id).Select(a => a.Id).ToListAsync());
        Assert.Equal(4, assignments.Count);
        foreach (var a in assignments) pages.Add(($"/juri/{a}", await http.GetStringAsync($"/juri/{a}")));
        Assert.Contains(pages, p => p.Html.Contains(BlindEntry.Mask, StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Html.Contains("Dermaga pagi", StringComparison.Ordinal));
        foreach (var (url, html) in pages)
            foreach (var name in forbidden)
                Assert.False(html.Contains(name, StringComparison.OrdinalIgnoreCase), $"{url} names {name}");

        // Another judge's assignment is not found, and so are pages of entrants and admins.
        var other = await app.WithDbAsync(db => db.Set<JudgeAssignment>().Where(a => a.JudgeId != added.Judge!.Id).Select(a => a.Id).FirstAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync($"/juri/{other}")).StatusCode);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await http.GetAsync("/admin/lomba")).StatusCode);

        // A score through the form is stored and audited by the entry's code only.
        var sheet = await http.GetStringAsync($"/juri/{assignments[0]}");
        var criteria = await app.WithDbAsync(db => db.Set<RubricCriterion>().Where(c => c.RoundId == round.Id).Select(c => c.Id).ToListAsync());
        var fields = criteria.ToDictionary(c => $"Score[{c}]", _ => "4");
        fields["Comment"] = "Kuat di data.";
        var posted = await Forms.PostAsync(http, $"/juri/{assignments[0]}", fields);
        Assert.Contains("Nilai tersimpan", await posted.Content.ReadAsStringAsync());
        var audit = await app.WithDbAsync(db => db.Set<Siberindo.Audit.AuditEntry>().Where(e => e.Action == "score").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.StartsWith("N-", entry.EntityName);
        Assert.Equal("juri@juri.test", entry.UserName);
        Assert.NotNull(sheet);
    }
}
