using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Siberindo.Anthology;
using Siberindo.Competition;
using Siberindo.Core.Competition;
using Siberindo.Members;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;
using SkiaSharp;

namespace Siberindo.Tests.Competition;

public sealed partial class CompetitionFlowTests
{
    public static byte[] Photo(SKColor color, int width = 640, int height = 400)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(color);
        using var paint = new SKPaint { Color = SKColors.White };
        surface.Canvas.DrawCircle(width / 3f, height / 2f, height / 4f, paint);
        using var image = surface.Snapshot();
        return image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
    }

    private static PictureUpload Picture(string name) =>
        new(name, Photo(new SKColor(0x20, 0x60, 0x90)), "Perahu nelayan bersandar di dermaga", "Dokumentasi penulis", "Tiga perahu kayu biru bersandar di dermaga saat air surut");

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_round_goes_from_entries_through_blind_judging_to_a_ranking_and_a_valid_book(string provider)
    {
        var clock = new ShiftedClock();
        await using var app = await TestApp.StartAsync(provider, ShiftedClock.Into(clock));
        var world = await CompetitionWorld.CreateAsync(app, clock);
        var round = await world.RoundAsync(judgesPerEntry: 2, cap: 3, winners: 2);
        string[] titles = ["Perahu Terakhir di Karangantu", "Asap dari Cerobong Baja", "Garam di Teluk Palu", "Sore di Pantai Tanjung Karang"];
        var entries = new List<CompetitionEntry>();
        for (var i = 0; i < 4; i++) entries.Add(await world.EnterAsync(round.Id, i, titles[i], i == 0 ? [Picture("perahu.jpg")] : []));

        // One entry per person; edits are taken while the window is open.
        var j0 = world.Journalists[0];
        var (second, refused) = await world.AsAsync<EntrantService, (CompetitionEntry?, List<FormError>)>(j0.UserId, j0.Name,
            s => s.SubmitAsync(round.Id, new EntryDraft("Naskah Kedua", CompetitionWorld.Body("Naskah kedua"), true, EntryLicences.Default, [], [])));
        Assert.Null(second);
        Assert.Contains("sudah mengirim", Assert.Single(refused).Message);
        Assert.Empty(await world.AsAsync<EntrantService, List<FormError>>(j0.UserId, j0.Name,
            s => s.UpdateAsync(entries[0].Id, new EntryDraft(titles[0], CompetitionWorld.Body(titles[0]) + "<p>Tambahan <script>alert(1)</script>paragraf.</p>", true, EntryLicences.Default, [], []))));
        var stored = await app.WithDbAsync(db => db.Set<CompetitionEntry>().AsNoTracking().SingleAsync(e => e.Id == entries[0].Id));
        Assert.Contains("Tambahan paragraf.", stored.Body);
        Assert.DoesNotContain("script", stored.Body);

        // After the window: a late edit is refused with the reason, and the stored entry is unchanged.
        clock.Offset = TimeSpan.FromDays(2);
        var late = await world.AsAsync<EntrantService, List<FormError>>(j0.UserId, j0.Name,
            s => s.UpdateAsync(entries[0].Id, new EntryDraft("Diubah terlambat", CompetitionWorld.Body("x"), true, EntryLicences.Default, [], [])));
        Assert.Contains("terlambat tidak diterima", Assert.Single(late).Message);
        Assert.Equal(titles[0], await app.WithDbAsync(db => db.Set<CompetitionEntry>().Where(e => e.Id == entries[0].Id).Select(e => e.Title).SingleAsync()));

        // Judges: one works at the first outlet, one sits on Central Sulawesi's board, one declared "Siregar", one is free.
        var outlet0 = world.Journalists[0].Outlet.Id;
        Assert.Empty(await app.WithServiceAsync<MemberService, List<Siberindo.Shared.FormError>>(m => m.AddPositionAsync(outlet0, "Dedi Kurnia", UkwLevel.None, null, PositionRole.Redaktur)));
        var dedi = await app.WithDbAsync(db => db.Set<Person>().Where(p => p.Name == "Dedi Kurnia").Select(p => p.Id).SingleAsync());
        var judges = new List<(int Id, string UserId, string Name)>();
        foreach (var d in new[]
                 {
                     new JudgeDraft("dedi@juri.test", "Dedi Kurnia", dedi, null, null), new JudgeDraft("maya@juri.test", "Maya Lasahido", null, "72", null),
                     new JudgeDraft("tigor@juri.test", "Tigor Pane", null, null, "Siregar, Nababan"), new JudgeDraft("lestari@juri.test", "Lestari Ayu", null, null, null),
                 })
        {
            var added = await app.WithServiceAsync<JudgePanel, JudgePanel.Added>(p => p.AddJudgeAsync(round.Id, d, Users.Password));
            Assert.Empty(added.Errors);
            judges.Add((added.Judge!.Id, added.Judge.UserId, added.Judge.Name));
        }
        var (plan, errors) = await app.WithServiceAsync<JudgePanel, (AssignmentPlan?, List<string>)>(p => p.AssignAsync(round.Id));
        Assert.Empty(errors);
        Assert.Empty(plan!.Missing);
        var pairs = plan.Pairs.ToHashSet();
        Assert.DoesNotContain((entries[0].Id, judges[0].Id), pairs); // same outlet
        Assert.DoesNotContain((entries[2].Id, judges[1].Id), pairs); // same province board
        Assert.DoesNotContain((entries[3].Id, judges[1].Id), pairs);
        Assert.DoesNotContain((entries[0].Id, judges[2].Id), pairs); // declared family name
        Assert.All(judges, j => Assert.InRange(plan.LoadOf(j.Id), 0, 3));

        // Every judge scores what they were given: the free judge generously, the others by the entry's index.
        foreach (var judge in judges)
        {
            var tasks = await world.AsAsync<JudgingService, List<JudgeTask>>(judge.UserId, judge.Name, s => s.TasksAsync(default));
            foreach (var task in tasks)
            {
                var sheet = await world.AsAsync<JudgingService, JudgingService.Sheet?>(judge.UserId, judge.Name, s => s.SheetAsync(task.AssignmentId, default));
                var index = entries.FindIndex(e => BlindEntry.CodeOf(e.Id) == task.Code);
                var values = sheet!.Criteria.ToDictionary(c => c.Id, c => (decimal?)Math.Min(c.MaxScore, 9 - index));
                Assert.Empty(await world.AsAsync<JudgingService, List<FormError>>(judge.UserId, judge.Name,
                    s => s.ScoreAsync(task.AssignmentId, values, new Dictionary<int, string?>(), "Catatan juri.")));
            }
        }
        // A judge cannot open another judge's sheet.
        var someone = await app.WithDbAsync(db => db.Set<JudgeAssignment>().Where(a => a.JudgeId == judges[0].Id).Select(a => a.Id).FirstAsync());
        Assert.Null(await world.AsAsync<JudgingService, JudgingService.Sheet?>(judges[3].UserId, judges[3].Name, s => s.SheetAsync(someone, default)));

        Assert.Empty(await app.WithServiceAsync<ResultsService, List<string>>(r => r.PublishAsync(round.Id, "Dewan juri menilai keaslian liputan.\n\nTahun depan kami berharap lebih banyak naskah dari timur.", [entries[2].Id])));
        var ranked = await app.WithDbAsync(db => db.Set<CompetitionEntry>().AsNoTracking().Where(e => e.RoundId == round.Id).OrderBy(e => e.Rank).ToListAsync());
        Assert.Equal(titles, ranked.Select(e => e.Title));
        Assert.Equal([true, true, true, false], ranked.Select(e => e.InAnthology));
        Assert.True(await app.WithDbAsync(db => db.Set<Siberindo.Audit.AuditEntry>().AnyAsync(a => a.Action == "publish" && a.EntityType == "CompetitionRound")));

        var built = await app.WithServiceAsync<AnthologyService, AnthologyBook?>(b => b.BuildAsync(round.Id));
        await BookTools.AssertValidEpubAsync(built!.Epub);
        await AssertContentsMatchPagesAsync(built.Pdf, ranked.Where(e => e.InAnthology).Select(e => (e.Title, e.AuthorName)).ToList());
    }

    /// <summary>Each line of the contents names an entry and a page; that page of the PDF opens with that entry.</summary>
    internal static async Task AssertContentsMatchPagesAsync(byte[] pdf, IReadOnlyList<(string Title, string Author)> entries)
    {
        var path = Path.Combine(Path.GetTempPath(), $"siberindo-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var info = await BookTools.RunAsync("pdfinfo", path);
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(info, @"Page size:\s+4(19\.5\d*|20) x 595(\.2\d*)? pts \(A5\)"), info);
            var contents = await BookTools.PageTextAsync(path, 4);
            Assert.Contains("Daftar Isi", contents);
            var found = 0;
            foreach (var (title, author) in entries)
            {
                var line = contents.Split('\n').Single(l => l.Contains(title, StringComparison.Ordinal));
                var page = int.Parse(TrailingNumber().Match(line).Groups[1].Value);
                // A long title wraps on the entry's page; compare words, not line breaks.
                var text = Regex.Replace(await BookTools.PageTextAsync(path, page), @"\s+", " ");
                Assert.Contains(title, text);
                Assert.Contains(author, text);
                found++;
            }
            Assert.Equal(entries.Count, found);
        }
        finally { File.Delete(path); }
    }

    [GeneratedRegex(@"\s(\d+)\s*$")]
    private static partial Regex TrailingNumber();
}
