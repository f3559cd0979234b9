using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Siberindo.Bench;
using Siberindo.Certificates;
using Siberindo.Demo;
using Siberindo.Programs;
using Siberindo.Hosting;
using Siberindo.Regions;
using Siberindo.Reports;
using Siberindo.Statistics;
using Siberindo.Storage;

// The association's figures at the scale of a real association: the demo network of N outlets with its seeded
// association (membership histories, verification dates, boards, events), then the statistics page's computations,
// its charts and a province's year-end PDF, each timed over several rounds (median, min, max). Then a national
// training with --trainees people (one per member outlet, at most): registration, attendance, certificates issued in
// bulk (timed once), and per certificate its PDF and the public verification lookup.
var outlets = Arg("--outlets", 1224);
var rounds = Arg("--rounds", 15);
var trainees = Arg("--trainees", 1000);
await using var bench = await SeededAssociation.StartAsync(outlets, rounds);
var app = bench.App;
Console.WriteLine($"{outlets} outlets seeded with the demo association in {bench.SeedTime.TotalSeconds:0.0} s; {rounds} rounds each, 2 shared cores.");

var year = DateTime.UtcNow.Year;
string? busiest = null;
await bench.Measure("statistics by province (38 rows)", async s =>
{
    var figures = await s.GetRequiredService<MemberStatistics>().ByProvinceAsync(s.GetRequiredService<MemberStatistics>().Today);
    busiest ??= figures.OrderByDescending(f => f.Members).First().ProvinceCode;
});
await bench.Measure("statistics per year (national trend)", s => s.GetRequiredService<MemberStatistics>().YearlyAsync());
await bench.Measure("province bar chart as SVG", async s =>
{
    var stats = s.GetRequiredService<MemberStatistics>();
    Charts.Svg(Charts.ProvinceBars(await stats.ByProvinceAsync(stats.Today)), 900, 1100);
});
await bench.Measure($"year-end report PDF (province {busiest})", async s =>
{
    using var pdf = new MemoryStream();
    await s.GetRequiredService<AnnualReport>().WriteAsync(busiest!, year, pdf);
});

// A national training as large as the members allow, through the feature's own service.
int training, issued;
await using (var scope = app.Services.CreateAsyncScope())
{
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var (e, _) = await scope.ServiceProvider.GetRequiredService<ProgramService>()
        .CreateEventAsync(new EventDraft(EventKind.CekFakta, "Pelatihan Cek Fakta (bench)", today.AddDays(-1), today, "Jakarta", null, null));
    training = e!.Id;
    var certificates = scope.ServiceProvider.GetRequiredService<CertificateService>();
    var setup = Stopwatch.StartNew();
    foreach (var c in (await certificates.CandidatesAsync(e, default)).DistinctBy(c => c.OutletId).Take(trainees))
        await certificates.RegisterAsync(training, c.PersonId);
    foreach (var r in await certificates.Registrations(training).Select(r => r.Id).ToListAsync())
        await certificates.SetAttendedAsync(training, r, true);
    setup.Stop();
    var watch = Stopwatch.StartNew();
    (issued, _) = await certificates.IssueAllAsync(training);
    Console.WriteLine($"{issued} people registered and marked present one by one in {setup.Elapsed.TotalSeconds:0.0} s; " +
                      $"{issued} certificates issued in bulk (one transaction) in {watch.Elapsed.TotalMilliseconds:0} ms.");
}
var sample = await bench.Scoped(s => s.GetRequiredService<SiberindoDb>().Set<Certificate>().OrderBy(c => c.Id).Skip(issued / 2).FirstAsync());
byte[] last = [];
await bench.Measure("certificate PDF with its QR code", _ => { last = CertificatePdf.Write(sample, $"https://siberindo.example/sertifikat/{sample.Code}"); return Task.CompletedTask; });
Console.WriteLine($"certificate PDF: {last.Length / 1024.0:0} KiB");
await bench.Measure($"verification lookup by code ({issued} certificates)", s => s.GetRequiredService<CertificateService>().VerifyAsync(sample.Code.ToLowerInvariant(), default));
await bench.Measure("training counts, national (statistics page)", s => TrainingCounts.CountAsync(s.GetRequiredService<SiberindoDb>(), year, DateOnly.FromDateTime(DateTime.UtcNow), null, default));
await bench.Measure($"year-end report PDF with the training (province {busiest})", async s =>
{
    using var pdf = new MemoryStream();
    await s.GetRequiredService<AnnualReport>().WriteAsync(busiest!, year, pdf);
});

int Arg(string name, int fallback) => SeededAssociation.Arg(args, name, fallback);
