using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Siberindo.Cli;
using Siberindo.Outlets;
using Siberindo.Regions;
using Siberindo.Storage;
using Spectre.Console;

namespace Siberindo.Search;

public static class SearchCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Indonesian text stays readable; stdout is not HTML
    };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to look for, in any word form." };
        var limit = new Option<int>("--limit") { Description = "How many articles (1-1000).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array [{guid,title,outlet,published,score}] in rank order." };
        var province = new Option<string?>("--province") { Description = "Province code or slug." };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet slug or domain." };
        var command = CliHost.Command(new Command("search",
            "Search articles as the portal does, one line per article in rank order (copies of a story are not grouped).")
        {
            query, limit, json, province, outlet,
        });
        command.Subcommands.Add(Reindex());
        command.SetAction(async (parse, ct) =>
        {
            var take = parse.GetValue(limit);
            if (take is < 1 or > SearchRanking.CandidateWindow) return Fail($"--limit must be between 1 and {SearchRanking.CandidateWindow}.");
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var (filters, errors) = await new SearchFilterInput(parse.GetValue(province), Outlet: parse.GetValue(outlet))
                .ResolveAsync(services.GetRequiredService<RegionCatalog>(), services.GetRequiredService<SiberindoDb>(), ct);
            if (errors.Count > 0) return Fail(string.Join(Environment.NewLine, errors));

            var results = await services.GetRequiredService<ArticleSearch>().TopArticlesAsync(parse.GetValue(query)!, filters, take, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(results, Json));
                return 0;
            }
            if (results.Count == 0) Console.WriteLine("No articles match.");
            foreach (var (r, i) in results.Select((r, i) => (r, i + 1)))
                Console.WriteLine($"{i,3}. {r.Score,8:F3}  {r.Published:yyyy-MM-dd}  {r.Outlet}  {r.Title}");
            return 0;
        });
        return command;
    }

    private static Command Reindex()
    {
        var command = CliHost.Command(new Command("reindex",
            "Rebuild the full-text index from every stored article (after an analyzer change, or to repair it)."));
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var index = scope.ServiceProvider.GetRequiredService<ArticleSearchIndex>();
            var total = await index.CountArticlesAsync(ct);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var done = await ImportCommands.WithProgressAsync("Indexing articles", total, p => index.RebuildAsync(p, ct));
            var seconds = Math.Max(0.001, started.Elapsed.TotalSeconds);
            Console.WriteLine($"Indexed {done} article(s) in {seconds:F1} s ({done / seconds:F0} articles/s).");
            return 0;
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
