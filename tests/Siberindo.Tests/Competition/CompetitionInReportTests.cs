using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Anthology;
using Siberindo.Competition;
using Siberindo.Core.Competition;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

/// <summary>The year-end report's competition section (<see cref="CompetitionInReport"/>), read from the PDF a board downloads.</summary>
public sealed class CompetitionInReportTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_provinces_report_counts_its_own_entries_winners_book_entries_and_the_books_downloads(string provider)
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync(provider, ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock);
        var round = await world.RoundAsync(judgesPerEntry: 1, cap: 4, winners: 2);
        string[] titles = ["Perahu Terakhir di Karangantu", "Asap dari Cerobong Baja", "Garam di Teluk Palu", "Sore di Pantai Tanjung Karang"];
        for (var i = 0; i < 4; i++) await world.EnterAsync(round.Id, i, titles[i]);
        // A round of Central Sulawesi still being judged: not in any report yet.
        var (pending, errors) = await app.WithServiceAsync<RoundService, (CompetitionRound?, List<FormError>)>(r => r.CreateAsync(new RoundDraft(
            "Lomba Menulis Sulawesi Tengah", "Pascabencana", "Naskah asli.", 1, world.Now.AddDays(-2), world.Now.AddDays(-1), world.Now.AddDays(1), 1, 5, false, 1, null, "72")));
        Assert.Empty(errors);

        clock.Offset = TimeSpan.FromDays(2);
        var judge = (await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, new JudgeDraft("lestari@juri.test", "Lestari Ayu", null, null, null), Users.Password))).Judge!;
        Assert.Empty((await app.WithServiceAsync<JudgePanel, (AssignmentPlan?, List<string>)>(p => p.AssignAsync(round.Id))).Item1!.Missing);
        // Scores fall with the entry's place in the list: Banten's two entries win.
        foreach (var task in await world.AsAsync<JudgingService, List<JudgeTask>>(judge.UserId, judge.Name, s => s.TasksAsync(default)))
        {
            var sheet = await world.AsAsync<JudgingService, JudgingService.Sheet?>(judge.UserId, judge.Name, s => s.SheetAsync(task.AssignmentId, default));
            var index = Array.IndexOf(titles, task.Title);
            Assert.Empty(await world.AsAsync<JudgingService, List<FormError>>(judge.UserId, judge.Name, s => s.ScoreAsync(task.AssignmentId,
                sheet!.Criteria.ToDictionary(c => c.Id, c => (decimal?)Math.Min(c.MaxScore, 9 - index)), new Dictionary<int, string?>(), null)));
        }
        var sore = await app.WithDbAsync(db => db.Set<CompetitionEntry>().Where(e => e.Title == titles[3]).Select(e => e.Id).SingleAsync());
        Assert.Empty(await app.WithServiceAsync<ResultsService, List<string>>(r => r.PublishAsync(round.Id, null, [sore])));
        Assert.NotNull(await app.WithServiceAsync<AnthologyService, AnthologyBook?>(b => b.BuildAsync(round.Id)));
        var reader = app.Client();
        await reader.GetByteArrayAsync($"/lomba/{round.Id}/antologi.epub");
        await reader.GetByteArrayAsync($"/lomba/{round.Id}/antologi.pdf");
        await reader.GetByteArrayAsync($"/lomba/{round.Id}/antologi.pdf");
        var year = world.Now.Year;

        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        using var sulteng = await Users.SignedInAsync(app, "sulteng@smsi.example", Roles.ProvinceAdmin, province: "72");
        var (_, inBanten) = PdfText.Read(await banten.GetByteArrayAsync($"/admin/laporan/36/{year}.pdf"));
        var (_, inSulteng) = PdfText.Read(await sulteng.GetByteArrayAsync($"/admin/laporan/72/{year}.pdf"));
        var (_, lastYear) = PdfText.Read(await banten.GetByteArrayAsync($"/admin/laporan/36/{year - 1}.pdf"));

        // Banten: two entries, both winners, both in the book; the book was downloaded three times in all.
        Assert.Contains(PdfText.Compact("Lomba menulis dan buku antologi"), inBanten);
        Assert.Contains(PdfText.Compact($"1 lomba menulis diumumkan hasilnya pada {year}. Wartawan media anggota di provinsi ini mengirim 2 naskah; 2 dimuat dalam buku antologi"), inBanten);
        Assert.Contains(PdfText.Compact("Lomba Menulis Jurnalisme Warga") + "2223", inBanten);
        // Central Sulawesi: two entries, no winner, one in the book (chosen by the admin); its pending round is not counted.
        Assert.Contains(PdfText.Compact($"1 lomba menulis diumumkan hasilnya pada {year}. Wartawan media anggota di provinsi ini mengirim 2 naskah; 1 dimuat dalam buku antologi"), inSulteng);
        Assert.Contains(PdfText.Compact("Lomba Menulis Jurnalisme Warga") + "2013", inSulteng);
        Assert.DoesNotContain(PdfText.Compact(pending!.Title), inSulteng);
        // Before the results' year there is no such section.
        Assert.DoesNotContain(PdfText.Compact("Lomba menulis dan buku antologi"), lastYear);
    }
}
