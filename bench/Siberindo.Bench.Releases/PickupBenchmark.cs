using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Core.Stories;
using Siberindo.Demo;
using Siberindo.Hosting;
using Siberindo.Partners;
using Siberindo.Regions;
using Siberindo.Releases;
using Siberindo.Storage;
using Portal = Siberindo.Portal;

namespace Siberindo.Bench.Releases;

/// <summary>
/// Pickup detection end to end: the real app (crawler, ingest, stages) over the demo network on loopback. A partner
/// schedules releases (each with an embargo a few seconds after the last); after each embargo a known set of demo
/// outlets republishes it in their feeds (whole with a new headline, edited, or only the lead), while every outlet
/// goes on with its own unrelated news and the demo's own republished releases. Measures pickup precision and recall
/// against that plan and the time from an article's ingest to its pickup being stored (when the coverage shows it).
/// </summary>
internal static class PickupBenchmark
{
    public sealed record Settings(int Releases, int Outlets, TimeSpan Every, string Database);

    sealed record Issue(int K, string Headline, string[] Paragraphs, RegencyInfo Regency, string ProvinceName, DateTimeOffset Embargo);

    sealed record Planned(int K, DemoOutlet Outlet, string Variant, DemoArticle Article);

    public static async Task<int> RunAsync(Settings s)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(s.Database + suffix);
        string[] args =
        [
            $"--ConnectionStrings:Siberindo=Data Source={s.Database}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--Crawler:AllowLoopback=true", "--Crawler:PollInterval=00:00:05", "--Crawler:MinPollInterval=00:00:05", "--Crawler:MaxPollInterval=00:00:10",
            "--Crawler:Concurrency=32", "--Crawler:PerHostConcurrency=32", "--Crawler:RequestTimeout=00:00:05", "--Releases:PollInterval=00:00:02",
        ];
        var app = SiberindoApp.Build(SiberindoApp.CreateBuilder(args));
        var regions = app.Services.GetRequiredService<RegionCatalog>();
        var start = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(45); // the first crawl of every feed comes before the first embargo
        var issues = Issues(regions, s.Releases, start, s.Every);
        var probe = new DemoWorld(regions, s.Outlets, withBrokenFeeds: false);
        var plan = Plan(issues, probe.Outlets);
        var byOutlet = plan.GroupBy(p => p.Outlet.Index).ToDictionary(g => g.Key, g => g.Select(p => p.Article).ToList());
        var world = new DemoWorld(regions, s.Outlets, withBrokenFeeds: false)
        {
            Extra = (o, _) => byOutlet.GetValueOrDefault(o.Index) ?? [],
            FullTextFeeds = true,
        };
        await using var network = await DemoNetwork.StartAsync(world, 0, TimeProvider.System);
        await app.Services.InitializeDatabaseAsync();
        long partnerId;
        var releaseIds = new Dictionary<int, long>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            await DemoSeeder.SeedAsync(db, network);
            await AssociationSeeder.SeedAsync(db, regions, TimeProvider.System);
            var partner = (await scope.ServiceProvider.GetRequiredService<PartnerService>()
                .CreateAsync(new PartnerDraft("Diskominfo Bench (fiktif)", PartnerKind.Diskominfo, null, null, null, null, null))).Partner!;
            partnerId = partner.Id;
            var releases = scope.ServiceProvider.GetRequiredService<ReleaseService>();
            foreach (var issue in issues)
            {
                var (release, errors) = await releases.CreateAsync(partner.Id, new ReleaseForm(issue.Headline, null,
                    string.Concat(issue.Paragraphs.Select(p => $"<p>{p}</p>")), null, null, ReleaseCategory.Pemerintahan, 5, null, null, true, [], []));
                if (release is null) throw new InvalidOperationException(string.Join("; ", errors));
                var scheduled = await releases.ScheduleAsync(release.Id, issue.Embargo.UtcDateTime);
                if (scheduled.Count > 0) throw new InvalidOperationException(string.Join("; ", scheduled));
                releaseIds[issue.K] = release.Id;
            }
        }
        Console.WriteLine($"pickup: {s.Releases} releases, one every {s.Every.TotalSeconds:0.#} s from {start:HH:mm:ss}; {plan.Count} planned copies " +
                          $"({string.Join(", ", plan.GroupBy(p => p.Variant).Select(g => $"{g.Count()} {g.Key}"))}) by {plan.Select(p => p.Outlet.Index).Distinct().Count()} " +
                          $"of {s.Outlets} demo outlets; SQLite at {s.Database}, {Environment.ProcessorCount} cores");
        var watch = Stopwatch.StartNew();
        await app.StartAsync();
        var lastCopy = plan.Max(p => p.Article.Published);
        while (DateTimeOffset.UtcNow < lastCopy + TimeSpan.FromSeconds(75)) await Task.Delay(1000);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            var articles = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Url, a.Fetched }).ToDictionaryAsync(a => a.Id);
            var pickups = await db.Set<ReleasePickup>().AsNoTracking().ToListAsync();
            var truth = plan.Select(p => (Release: releaseIds[p.K], Url: $"{network.BaseUrl}/{p.Outlet.Slug}/artikel/{p.Article.Number}")).ToHashSet();
            var found = pickups.Where(p => p.Kind == PickupKind.Copy).Select(p => (p.ReleaseId, Url: articles[p.ArticleId].Url, p)).ToList();
            var tp = found.Where(f => truth.Contains((f.ReleaseId, f.Url))).ToList();
            var fp = found.Where(f => !truth.Contains((f.ReleaseId, f.Url))).ToList();
            var stored = truth.Count(t => articles.Values.Any(a => a.Url == t.Url));
            var delays = tp.Select(f => (f.p.MatchedAt - articles[f.p.ArticleId].Fetched).TotalSeconds).Order().ToList();
            var reports = pickups.Count(p => p.Kind == PickupKind.Report);
            var byVariant = plan.GroupBy(p => p.Variant).Select(g =>
                $"{g.Key} {g.Count(p => tp.Any(f => f.ReleaseId == releaseIds[p.K] && f.Url == $"{network.BaseUrl}/{p.Outlet.Slug}/artikel/{p.Article.Number}"))}/{g.Count()}");
            double precision = found.Count == 0 ? 0 : (double)tp.Count / found.Count, recall = (double)tp.Count / truth.Count;
            Console.WriteLine($"articles ingested: {articles.Count:N0} (planned copies stored: {stored}/{truth.Count}); run {watch.Elapsed.TotalSeconds:0} s");
            Console.WriteLine($"pickups (copies): {found.Count} found, {tp.Count} right, {fp.Count} wrong; by variant: {string.Join(", ", byVariant)}; story matches (reports): {reports}");
            Console.WriteLine($"precision {precision:0.000}, recall {recall:0.000}");
            if (delays.Count > 0)
                Console.WriteLine($"ingest to pickup stored: median {delays[delays.Count / 2]:0.0} s, p95 {delays[(int)(delays.Count * 0.95)]:0.0} s, max {delays[^1]:0.0} s");
            foreach (var f in fp.Take(5)) Console.WriteLine($"  wrong: release {f.ReleaseId} <- {f.Url} (score {f.p.Score})");
            foreach (var t in truth.Where(t => !tp.Any(f => f.ReleaseId == t.Release && f.Url == t.Url)).Take(5)) Console.WriteLine($"  missed: release {t.Release} <- {t.Url}");
            var ok = precision >= 0.98 && recall >= 0.95 && delays.Count > 0 && delays[^1] <= 60;
            Console.WriteLine(ok ? "acceptance: met (precision >= 0.98, recall >= 0.95, coverage within 60 s of ingest)" : "acceptance: NOT met");
            await app.StopAsync();
            await app.DisposeAsync();
            return ok ? 0 : 1;
        }
    }

    static List<Issue> Issues(RegionCatalog regions, int count, DateTimeOffset start, TimeSpan every)
    {
        var list = new List<Issue>();
        for (var k = 0; k < count; k++)
        {
            var random = new Random(7000 + k);
            var (title, body) = ReleaseTexts.Templates[k % ReleaseTexts.Templates.Length];
            var regency = regions.Regencies[random.Next(regions.Regencies.Count)];
            var province = regions.Province(regency.ProvinceCode)!.Name;
            var embargo = start + every * k;
            var local = embargo.ToOffset(TimeSpan.FromHours(7));
            var values = new Dictionary<string, string>
            {
                ["{R}"] = regency.Name, ["{P}"] = province, ["{N}"] = (20 + random.Next(4000)).ToString("N0", Portal.PortalFormat.Indonesian),
                ["{M}"] = (3 + random.Next(90)).ToString(), ["{K}"] = (2 + random.Next(40)).ToString(),
                ["{O}"] = ReleaseTexts.Officials[random.Next(ReleaseTexts.Officials.Length)], ["{D}"] = $"{local:dd}/{local:MM}/{local:yyyy}",
            };
            string Fill(string t) => values.Aggregate(t, (text, v) => text.Replace(v.Key, v.Value));
            list.Add(new Issue(k, Fill(title), body.Select(Fill).ToArray(), regency, province, embargo));
        }
        return list;
    }

    /// <summary>For each release, five to eight outlets that republish it 5-45 s after its embargo, each in one of three ways.</summary>
    static List<Planned> Plan(List<Issue> issues, IReadOnlyList<DemoOutlet> outlets)
    {
        var plan = new List<Planned>();
        foreach (var issue in issues)
        {
            var random = new Random(9000 + issue.K);
            var chosen = outlets.OrderBy(_ => random.Next()).Take(5 + random.Next(4)).ToList();
            for (var j = 0; j < chosen.Count; j++)
            {
                var outlet = chosen[j];
                var dateline = outlet.RegencyName.Replace("Kabupaten ", "").ToUpperInvariant() + " – ";
                var own = ReleaseTexts.OwnSentences[random.Next(ReleaseTexts.OwnSentences.Length)];
                var variant = (j % 3) switch { 0 => "whole", 1 => "edited", _ => "lead" };
                var (title, paragraphs) = variant switch
                {
                    "whole" => ($"{issue.Headline}", (string[])[dateline + issue.Paragraphs[0], .. issue.Paragraphs[1..], "(rls/red)", DemoText()]),
                    "edited" => ($"Warga {issue.Regency.Name.Replace("Kabupaten ", "")} Sambut Program Pemprov {issue.ProvinceName}",
                        [dateline + issue.Paragraphs[0], own, .. issue.Paragraphs[1..^1].Select(p => p.Replace("mengatakan", "menuturkan").Replace("menyebut", "mengungkapkan")), DemoText()]),
                    _ => ($"{issue.Headline.Split(' ', 6)[..5].Aggregate((a, b) => a + " " + b)}…", [dateline + issue.Paragraphs[0], own, DemoText()]),
                };
                var published = issue.Embargo + TimeSpan.FromSeconds(5 + random.Next(40));
                plan.Add(new Planned(issue.K, outlet, variant, new DemoArticle(outlet, 1_000_000 + issue.K * 100 + j, published, title, paragraphs, null)));
            }
        }
        return plan;
    }

    static string DemoText() => "Artikel ini adalah data benchmark Siberindo: lembaga, tokoh dan peristiwanya fiktif.";
}
