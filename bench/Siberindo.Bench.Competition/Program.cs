using Microsoft.EntityFrameworkCore;
using Siberindo.Anthology;
using Siberindo.Competition;
using Siberindo.Core.Competition;
using Siberindo.Bench;
using Siberindo.Demo;
using Siberindo.Hosting;
using Siberindo.Members;
using Siberindo.Regions;
using Siberindo.Storage;
using SkiaSharp;

// The competition's costly steps, through the product's own services on SQLite: the demo's book (EPUB and print
// PDF) as `siberindo demo` seeds it, then a large round of --entries entries and --judges judges (entries inserted
// directly: the entry form is not what is measured), its automatic assignment (the service, with its queries, and
// the pure max-flow assigner alone, also at --big-entries), its scoring and publication as setup, and its book with
// every entry in it. Each step: median, min-max of --rounds runs after a warm-up.
var outlets = Arg("--outlets", 400);
var rounds = Arg("--rounds", 5);
var entryCount = Arg("--entries", 200);
var judgeCount = Arg("--judges", 30);
var bigEntries = Arg("--big-entries", 1000);
await using var bench = await SeededAssociation.StartAsync(outlets, rounds);
var app = bench.App;
await DemoCompetitionSeeder.SeedAsync(app.Services, TimeProvider.System);
var demo = await bench.Scoped(s => s.GetRequiredService<SiberindoDb>().Set<CompetitionRound>().Where(r => r.ResultsPublishedAt != null).Select(r => r.Id).SingleAsync());
Console.WriteLine($"{outlets} demo outlets; {rounds} rounds after a warm-up; 2 shared cores.");
Console.WriteLine("| work | median | min-max | allocated (last run) |");
Console.WriteLine("|---|---|---|---|");
await BookSteps("demo round", demo);

// A large national round, closed, with judges of whom some work at entrants' outlets, sit on a board or declared family names.
var (roundId, entryIds) = await bench.Scoped(async s =>
{
    var db = s.GetRequiredService<SiberindoDb>();
    var now = DateTime.UtcNow;
    var (round, _) = await s.GetRequiredService<RoundService>().CreateAsync(new RoundDraft("Lomba Menulis (bench)", "Bench", "Bench.", 1,
        now.AddDays(-75), now.AddDays(-60), now.AddDays(-30), 3, 3 * entryCount / judgeCount + 5, true, 10, EntryLicences.Default, null));
    foreach (var c in new[] { new CriterionDraft("Isi", null, 3, true, 10), new CriterionDraft("Bahasa", null, 2, true, 10), new CriterionDraft("Layak dibukukan", null, 0, false, 5) })
        await s.GetRequiredService<RoundService>().AddCriterionAsync(round!.Id, c);
    var authors = await db.Set<OutletPosition>().AsNoTracking()
        .Join(db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member), p => p.OutletId, m => m.OutletId, (p, m) => p)
        .Join(db.Outlets, p => p.OutletId, o => o.Id, (p, o) => new { p.PersonId, Person = p.Person!.Name, Outlet = o }).OrderBy(x => x.PersonId).ToListAsync();
    authors = authors.DistinctBy(a => a.PersonId).ToList();
    var random = new Random(14);
    for (var i = 0; i < entryCount; i++)
    {
        var a = authors[i % authors.Count];
        var entry = new CompetitionEntry
        {
            RoundId = round!.Id, PersonId = a.PersonId, AuthorUserId = "bench", AuthorName = a.Person, OutletId = a.Outlet.Id, OutletName = a.Outlet.Name,
            ProvinceCode = a.Outlet.ProvinceCode, RegencyCode = a.Outlet.RegencyCode, Title = $"Naskah Bench Nomor {i + 1}: {Words(random, 4)}",
            Body = EntryText.Sanitize(Body(random)), Consent = true, Licence = EntryLicences.Default, SubmittedAt = now.AddDays(-50), UpdatedAt = now.AddDays(-50),
        };
        if (i % 4 == 0)
            entry.Images.Add(EntryPictures.Check(new PictureUpload("b.jpg", Picture(i), $"Keterangan foto {i + 1}", "Ilustrasi bench", "Bidang warna dengan lingkaran terang"), 0).Image!);
        db.Add(entry);
    }
    await db.SaveChangesAsync();
    var panel = s.GetRequiredService<JudgePanel>();
    for (var k = 0; k < judgeCount; k++)
    {
        var a = authors[(k * 7 + 3) % authors.Count];
        var added = await panel.AddJudgeAsync(round!.Id, new JudgeDraft($"juri{k}@bench.invalid", $"Juri Bench {k}", k % 3 == 0 ? a.PersonId : null,
            k % 5 == 1 ? a.Outlet.ProvinceCode : null, k % 4 == 2 ? a.Person.Split(' ')[^1] : null), "kata-sandi-bench-123");
        if (added.Errors.Count > 0) throw new InvalidOperationException(string.Join("; ", added.Errors));
    }
    return (round!.Id, await db.Set<CompetitionEntry>().Where(e => e.RoundId == round.Id).Select(e => e.Id).ToListAsync());
});
AssignmentPlan? plan = null;
await bench.Measure($"assignment through JudgePanel.AssignAsync, {entryCount} entries x {judgeCount} judges, 3 per entry", async s =>
    (plan, _) = await s.GetRequiredService<JudgePanel>().AssignAsync(roundId));
Console.WriteLine($"  ({plan!.Pairs.Count} pairs, {plan.Missing.Count} entries short of judges)");
var (judges, parties) = await bench.Scoped(async s => (await s.GetRequiredService<JudgePanel>().PartiesAsync(roundId, default), await s.GetRequiredService<JudgePanel>().EntryPartiesAsync(roundId, default)));
await bench.Measure($"JudgeAssigner.Assign alone, {entryCount} x {judgeCount}", _ => { JudgeAssigner.Assign(parties, judges, 3, 3 * entryCount / judgeCount + 5, [], 1); return Task.CompletedTask; });
var bigParties = Enumerable.Range(0, bigEntries).Select(i => parties[i % parties.Count] with { EntryId = 1_000_000 + i }).ToList();
var bigJudges = Enumerable.Range(0, judgeCount * bigEntries / entryCount).Select(k => judges[k % judges.Count] with { JudgeId = 2_000_000 + k }).ToList();
await bench.Measure($"JudgeAssigner.Assign alone, {bigEntries} x {bigJudges.Count}", _ => { JudgeAssigner.Assign(bigParties, bigJudges, 3, 3 * entryCount / judgeCount + 5, [], 1); return Task.CompletedTask; });

// Scores and publication (setup), every entry in the book.
await bench.Scoped(async s =>
{
    var db = s.GetRequiredService<SiberindoDb>();
    var criteria = await db.Set<RubricCriterion>().Where(c => c.RoundId == roundId).ToListAsync();
    var random = new Random(7);
    foreach (var a in await db.Set<JudgeAssignment>().Where(x => entryIds.Contains(x.EntryId)).ToListAsync())
    {
        foreach (var c in criteria) a.Scores.Add(new CriterionScore { AssignmentId = a.Id, CriterionId = c.Id, Value = random.Next(3, c.MaxScore + 1) });
        a.ScoredAt = DateTime.UtcNow;
    }
    await db.SaveChangesAsync();
    var errors = await s.GetRequiredService<ResultsService>().PublishAsync(roundId, "Catatan juri (bench).", entryIds);
    return errors.Count == 0 ? 0 : throw new InvalidOperationException(string.Join("; ", errors));
});
await BookSteps($"round of {entryCount} entries, all in the book", roundId);

async Task BookSteps(string name, int round)
{
    var book = (await bench.Scoped(s => s.GetRequiredService<AnthologyService>().BookAsync(round, default)))!;
    byte[] epub = [], pdf = [];
    var pages = 0;
    await bench.Measure($"{name}: EPUB ({book.Entries.Count} entries, EpubWriter)", _ => { epub = EpubWriter.Write(book); return Task.CompletedTask; });
    await bench.Measure($"{name}: print PDF (PrintPdf, layout and drawing)", _ =>
    {
        using var print = new PrintPdf();
        pdf = print.Write(book);
        pages = print.PageCount;
        return Task.CompletedTask;
    });
    await bench.Measure($"{name}: AnthologyService.BuildAsync (read, both files, store)", s => s.GetRequiredService<AnthologyService>().BuildAsync(round));
    Console.WriteLine($"  (EPUB {epub.Length / 1024} KiB; PDF {pages} pages, {pdf.Length / 1024} KiB)");
}

int Arg(string name, int fallback) => SeededAssociation.Arg(args, name, fallback);

// About 1,300 words in eight sections, so a book of 200 entries has the length of a real anthology of features.
static string Body(Random random)
{
    var html = new System.Text.StringBuilder();
    for (var section = 0; section < 8; section++)
    {
        if (section > 0) html.Append("<h2>").Append(Words(random, 3)).Append("</h2>");
        for (var p = 0; p < 3; p++)
        {
            html.Append("<p>");
            for (var s = 0; s < 4; s++) html.Append(char.ToUpperInvariant(Words(random, 13)[0])).Append(Words(random, 13)[1..]).Append(". ");
            html.Append("</p>");
        }
    }
    return html.ToString();
}

static string Words(Random random, int n)
{
    string[] vocabulary = ["nelayan", "pesisir", "perahu", "koperasi", "warga", "desa", "harga", "solar", "ikan", "pasar", "sekolah", "guru", "jalan", "hujan",
        "pelabuhan", "pemerintah", "anggaran", "kesehatan", "puskesmas", "perempuan", "anak-anak", "pertanian", "sawah", "kebun", "kopi", "mangrove",
        "pendidikan", "perdagangan", "masyarakat", "pengelolaan", "bersama", "setiap", "kemudian", "ternyata", "mengatakan", "menceritakan"];
    return string.Join(' ', Enumerable.Range(0, n).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
}

static byte[] Picture(int seed)
{
    using var surface = SKSurface.Create(new SKImageInfo(960, 600));
    surface.Canvas.Clear(new SKColor((byte)(seed * 37 % 200), 110, 150));
    using var paint = new SKPaint { Color = SKColors.Wheat, IsAntialias = true };
    surface.Canvas.DrawCircle(640, 220, 90, paint);
    using var image = surface.Snapshot();
    using var data = image.Encode(SKEncodedImageFormat.Jpeg, 82);
    return data.ToArray();
}
