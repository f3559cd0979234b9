using System.CommandLine;
using System.Text.Json;
using Siberindo.Cli;
using Siberindo.Core.Feeds;
using Siberindo.Outlets;

namespace Siberindo.Crawling;

public static class FeedCommands
{
    /// <summary>Exit code when the address guard refused a URL (or a redirect): it is on a private or local network.</summary>
    public const int RefusedExitCode = 3;

    public static Command Create()
    {
        var feed = new Command("feed", "Feed tools.");
        feed.Subcommands.Add(Parse());
        feed.Subcommands.Add(Fetch());
        feed.Subcommands.Add(Discover());
        feed.Subcommands.Add(OpmlCommand());
        return feed;
    }

    /// <summary>Parses feed files or URLs and prints one JSON object per input on its own line.</summary>
    private static Command Parse()
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.OneOrMore, Description = "Feed files or http(s) URLs (RSS, Atom, JSON Feed, sitemaps)." };
        var command = CliHost.Command(new Command("parse",
            "Parse feed files or URLs and print one JSON line each. URLs are fetched by the crawler's fetcher (address guard, limits). " +
            "Exit 0 when at least one parsed, 2 when none did.") { inputs });
        command.SetAction(async (parse, ct) =>
        {
            var (items, configuration) = CliHost.SplitConfiguration(parse.GetValue(inputs)!, parse);
            if (items.Count == 0) return Fail("No input given.", 2);
            await using var fetching = items.Any(IsUrl) ? FetchingServices.Create(configuration, allowPrivate: false) : null;
            var anyParsed = false;
            foreach (var input in items)
            {
                var (name, result) = IsUrl(input) ? await FetchAndParseAsync(fetching!, input, ct) : (Path.GetFileName(input), ParseFile(input));
                if (result.Success) anyParsed = true;
                else Console.Error.WriteLine($"{name}: {result.Error}");
                Console.WriteLine(FeedJson.Write(name, result));
            }
            return anyParsed ? 0 : 2;
        });
        return command;
    }

    /// <summary>Fetches one URL with the production fetcher and prints the parse output.</summary>
    private static Command Fetch()
    {
        var url = new Argument<string>("url") { Description = "The feed's http(s) URL." };
        var allowPrivate = AllowPrivateOption();
        var command = CliHost.Command(new Command("fetch",
            "Fetch a feed as the crawler does (address guard, redirects checked, size and time limits) and print the parse output. " +
            $"Exit 0 when it is a feed, 2 when it is not or cannot be fetched, {RefusedExitCode} when its address is refused.") { url, allowPrivate });
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(url)!;
            if (!IsUrl(input)) return Fail($"'{input}' is not an http(s) URL.", 2);
            await using var fetching = FetchingServices.Create(parse.UnmatchedTokens, parse.GetValue(allowPrivate));
            var fetched = await fetching.Fetcher.FetchAsync(new Uri(input), null, null, ct);
            if (fetched.Refused)
                return Fail($"{input}: refused: {fetched.Error} Use --allow-private only for a feed on your own network.", RefusedExitCode);
            var result = ParseFetched(fetched);
            if (!result.Success) Console.Error.WriteLine($"{input}: {result.Error}");
            Console.WriteLine(FeedJson.Write(input, result));
            return result.Success ? 0 : 2;
        });
        return command;
    }

    private static Command Discover()
    {
        var url = new Argument<string>("url") { Description = "The outlet's home page." };
        var allowPrivate = AllowPrivateOption();
        var command = CliHost.Command(new Command("discover",
            "Find an outlet's feeds from its home page (link rel=alternate, common CMS paths, sitemaps in robots.txt); " +
            $"prints one JSON line per feed found. Exit 0 when any was found, 2 when none, {RefusedExitCode} when the address is refused.") { url, allowPrivate });
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(url)!;
            if (OutletRules.NormalizeWebsite(input) is not { } website) return Fail($"'{input}' is not an http(s) URL.", 2);
            await using var fetching = FetchingServices.Create(parse.UnmatchedTokens, parse.GetValue(allowPrivate));
            var result = await fetching.Discoverer.DiscoverAsync(new Uri(website), ct);
            foreach (var note in result.Notes) Console.Error.WriteLine(note);
            if (result.Refused) return RefusedExitCode;
            foreach (var f in result.Feeds)
                Console.WriteLine(JsonSerializer.Serialize(new { url = f.Url, format = f.Format, title = f.Title, entries = f.Entries, source = f.Source }));
            return result.Feeds.Count > 0 ? 0 : 2;
        });
        return command;
    }

    private static Command OpmlCommand()
    {
        var opml = new Command("opml", "Export or import the outlets' feeds as OPML.");
        var outFile = new Argument<string[]>("file") { Arity = ArgumentArity.ZeroOrMore, Description = "Where to write (standard output when omitted)." };
        var export = CliHost.Command(new Command("export", "Write every outlet's feeds as OPML 2.0.") { outFile });
        export.SetAction(async (parse, ct) =>
        {
            var (files, configuration) = CliHost.SplitConfiguration(parse.GetValue(outFile) ?? [], parse);
            if (files.Count > 1) return Fail("Give at most one output file.", 1);
            await using var app = await CliHost.StartAsync(configuration, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var text = await scope.ServiceProvider.GetRequiredService<FeedOpml>().ExportAsync(ct);
            if (files.Count == 1) await File.WriteAllTextAsync(files[0], text, ct);
            else Console.WriteLine(text);
            return 0;
        });
        var inFile = new Argument<FileInfo>("file") { Description = "An OPML file; each feed is added to the outlet whose website matches its htmlUrl (or its own host)." };
        var import = CliHost.Command(new Command("import", "Add the feeds of an OPML file to their outlets, all or nothing.") { inFile });
        import.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(inFile)!;
            if (!file.Exists) return Fail($"File not found: {file.FullName}", 1);
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            OpmlImportResult result;
            await using (var stream = file.OpenRead())
                result = await scope.ServiceProvider.GetRequiredService<FeedOpml>().ImportAsync(stream, ct);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors.Take(200)) Console.Error.WriteLine($"{file.Name}:{e.Line}: {e.Message}");
                Console.Error.WriteLine($"Nothing was imported: {result.Errors.Count} problem(s). Fix the lines above and run the import again.");
                return 1;
            }
            Console.WriteLine($"Added {result.Added} feed(s) from {file.Name}; {result.AlreadyPresent} already registered.");
            return 0;
        });
        opml.Subcommands.Add(export);
        opml.Subcommands.Add(import);
        return opml;
    }

    private static Option<bool> AllowPrivateOption() =>
        new("--allow-private") { Description = "Allow loopback and private addresses (for a site on your own network). Never needed for members' feeds." };

    private static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static FeedParseResult ParseFile(string path)
    {
        try
        {
            return FeedParser.Parse(File.ReadAllBytes(path), new FeedParseOptions());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FeedParseResult(null, $"cannot read {path}: {e.Message}");
        }
    }

    private static async Task<(string, FeedParseResult)> FetchAndParseAsync(FetchingServices fetching, string input, CancellationToken ct)
    {
        if (!Uri.TryCreate(input, UriKind.Absolute, out var url)) return (input, new FeedParseResult(null, "not a valid URL"));
        var fetched = await fetching.Fetcher.FetchAsync(url, null, null, ct);
        return (input, ParseFetched(fetched));
    }

    private static FeedParseResult ParseFetched(FetchResult fetched) => fetched.Outcome == FetchOutcome.Fetched && fetched.Body is not null
        ? FeedParser.Parse(fetched.Body, new FeedParseOptions { BaseUri = fetched.FinalUrl })
        : new FeedParseResult(null, fetched.Error ?? "no content");

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine(message);
        return code;
    }
}
