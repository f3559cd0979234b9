using System.CommandLine;
using Siberindo.Articles;
using Siberindo.Cli;
using Spectre.Console;

namespace Siberindo.Outlets;

public static class ImportCommands
{
    public static Command Create()
    {
        var import = new Command("import", "Import outlets or articles from files.");
        import.Subcommands.Add(Outlets());
        import.Subcommands.Add(Articles());
        return import;
    }

    private static Command Outlets()
    {
        var file = new Argument<FileInfo>("file") { Description = $"CSV with the columns {string.Join(",", OutletCsv.Columns)}." };
        var command = CliHost.Command(new Command("outlets", "Import outlets from CSV, all or nothing: any bad row refuses the whole file.") { file });
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return Fail($"File not found: {path.FullName}");
            var (rows, errors) = OutletCsv.Read(await File.ReadAllBytesAsync(path.FullName, ct));

            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var registry = scope.ServiceProvider.GetRequiredService<OutletRegistry>();
            // Every problem of the file at once, by line: what the rows say and what the registry says of them.
            errors.AddRange(await registry.CheckAsync(rows, ct));
            if (errors.Count > 0) return Refuse(errors, path.Name);
            var result = await WithProgressAsync("Importing outlets", rows.Count, p => registry.ImportAsync(rows, p, ct));
            if (!result.Succeeded) return Refuse(result.Errors, path.Name);
            Console.WriteLine($"Imported {result.Imported} outlet(s) from {path.Name}.");
            return 0;
        });
        return command;
    }

    private static Command Articles()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON Lines: {\"guid\",\"outlet\" (domain),\"url\",\"title\",\"published\",\"body\"} per line." };
        var create = new Option<bool>("--create-outlets") { Description = "Create outlets that are not registered yet, by domain." };
        var command = CliHost.Command(new Command("articles", "Import articles through the same pipeline as crawled ones.") { file, create });
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return Fail($"File not found: {path.FullName}");
            List<ArticleImport.Line> lines;
            List<RowError> errors;
            using (var reader = new StreamReader(path.FullName)) (lines, errors) = ArticleImport.Read(reader);
            if (errors.Count > 0) return Refuse(errors, path.Name);

            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<ArticleImport>();
            var result = await WithProgressAsync("Importing articles", lines.Count, p => import.ImportAsync(lines, parse.GetValue(create), p, ct));
            if (!result.Succeeded) return Refuse(result.Errors, path.Name);
            foreach (var skip in result.Skipped) Console.Error.WriteLine($"{path.Name}:{skip.Line}: {skip.Message}");
            Console.WriteLine($"Stored {result.Stored} new article(s), {result.AlreadyKnown} already known, {result.Skipped.Count} skipped, " +
                              $"{result.OutletsCreated} outlet(s) created; indexed and assigned to stories in {result.Stages.TotalSeconds:0.00} s.");
            return 0;
        });
        return command;
    }

    internal static async Task<T> WithProgressAsync<T>(string label, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive) return await work(new Progress<int>());
        return await AnsiConsole.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask(label, maxValue: Math.Max(1, total));
            var result = await work(new Progress<int>(done => task.Value = done));
            task.Value = task.MaxValue;
            return result;
        });
    }

    private static int Refuse(IReadOnlyList<RowError> errors, string file)
    {
        foreach (var e in errors.OrderBy(e => e.Line).Take(200)) Console.Error.WriteLine($"{file}:{e.Line}: {e.Message}");
        if (errors.Count > 200) Console.Error.WriteLine($"... and {errors.Count - 200} more.");
        Console.Error.WriteLine($"Nothing was imported: {errors.Count} problem(s). Fix the lines above and run the import again.");
        return 1;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
